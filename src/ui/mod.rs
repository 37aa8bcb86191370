//! Yew function components, one file per area of the widget.

pub mod app;
pub mod body_map;
pub mod origin_view;
pub mod region_list;
