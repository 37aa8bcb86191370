//! Yew function components, one file per area of the widget.

pub mod app;
