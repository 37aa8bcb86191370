//! Arrow-key navigation between the figure's regions: from one place to the nearest in the
//! direction pressed.

use super::Figure;

/// An arrow key's direction on the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Up,
    Down,
    Left,
    Right,
}

impl Dir {
    /// The direction of a `KeyboardEvent.key`, if it is an arrow key.
    pub fn from_key(key: &str) -> Option<Dir> {
        match key {
            "ArrowUp" | "Up" => Some(Dir::Up),
            "ArrowDown" | "Down" => Some(Dir::Down),
            "ArrowLeft" | "Left" => Some(Dir::Left),
            "ArrowRight" | "Right" => Some(Dir::Right),
            _ => None,
        }
    }
}

impl Figure {
    /// The region an arrow key moves to from `from`: the nearest one in that direction (within
    /// about 60 degrees of it), preferring those in line with it; none at the figure's edge.
    pub fn neighbour(&self, from: usize, dir: Dir) -> Option<usize> {
        let (fx, fy) = self.spots.get(from)?.anchor;
        self.spots
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != from)
            .filter_map(|(i, s)| {
                let (dx, dy) = (s.anchor.0 - fx, s.anchor.1 - fy);
                let (along, across) = match dir {
                    Dir::Up => (-dy, dx),
                    Dir::Down => (dy, dx),
                    Dir::Left => (-dx, dy),
                    Dir::Right => (dx, dy),
                };
                (along > 1.0 && along * 2.0 >= across.abs())
                    .then_some((i, along + 2.5 * across.abs()))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }
}
