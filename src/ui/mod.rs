//! Yew function components, one file per area of the widget.

pub mod app;
pub mod body_map;
pub mod browser;
pub mod exercise_art;
pub mod exercise_card;
pub mod flow;
pub mod hooks;
pub mod origin_view;
pub mod region_list;
pub mod results;

/// A `&'static T` as a component property, equal to another when both point at the same value:
/// the pack and the body figures are statics, so comparing their addresses is enough for Yew to
/// tell that nothing changed, without walking their contents on every render.
pub struct StaticRef<T: 'static>(pub &'static T);

impl<T> Clone for StaticRef<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for StaticRef<T> {}

impl<T> PartialEq for StaticRef<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> std::ops::Deref for StaticRef<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0
    }
}
