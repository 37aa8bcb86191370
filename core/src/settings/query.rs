//! The standalone page's query string: read with the core's one URL codec (`crate::query`).

pub use crate::query::decode_query as parse_query;
pub(super) use crate::query::encode_component;
