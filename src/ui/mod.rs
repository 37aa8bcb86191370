//! Yew function components, one file per area of the widget.

pub mod app;
pub mod body_map;
pub mod browser;
pub mod exercise_art;
pub mod exercise_card;
pub mod flow;
pub mod origin_view;
pub mod region_list;
pub mod results;
