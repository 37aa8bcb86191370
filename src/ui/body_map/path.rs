//! A small SVG path builder for the body figure: smooth curves through anatomical landmarks
//! (Catmull-Rom turned into cubic Béziers), mirroring across the figure's midline, and `d` strings.
//!
//! The figure is drawn once for one side of the body and mirrored for the other, so left and right
//! can never drift apart.

use std::fmt::Write;

/// A point in the figure's viewBox units.
pub type P = (f32, f32);

/// An axis-aligned rectangle in viewBox units (`x0 < x1`, `y0 < y1`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rect {
    pub const fn new(x0: f32, y0: f32, x1: f32, y1: f32) -> Self {
        Rect { x0, y0, x1, y1 }
    }

    pub fn w(&self) -> f32 {
        self.x1 - self.x0
    }

    pub fn h(&self) -> f32 {
        self.y1 - self.y0
    }

    pub fn center(&self) -> P {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }

    /// Whether `p` lies inside or on the edge, with `slack` units of tolerance.
    pub fn contains(&self, p: P, slack: f32) -> bool {
        p.0 >= self.x0 - slack
            && p.0 <= self.x1 + slack
            && p.1 >= self.y0 - slack
            && p.1 <= self.y1 + slack
    }

    /// Whether two rectangles share any area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// The rectangle reflected across the vertical line `x = axis`.
    pub fn mirrored(&self, axis: f32) -> Rect {
        Rect::new(2.0 * axis - self.x1, self.y0, 2.0 * axis - self.x0, self.y1)
    }

    /// A rectangle as a `d` sub-path.
    pub fn d(&self) -> String {
        let mut s = String::new();
        let _ = write!(
            s,
            "M{} {}H{}V{}H{}Z",
            num(self.x0),
            num(self.y0),
            num(self.x1),
            num(self.y1),
            num(self.x0)
        );
        s
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Seg {
    Line(P),
    Cubic(P, P, P),
}

impl Seg {
    fn end(self) -> P {
        match self {
            Seg::Line(p) | Seg::Cubic(_, _, p) => p,
        }
    }
}

/// One open or closed sub-path.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    start: P,
    segs: Vec<Seg>,
    closed: bool,
}

impl Path {
    pub fn new(start: P) -> Self {
        Path {
            start,
            segs: Vec::new(),
            closed: false,
        }
    }

    pub fn line(mut self, p: P) -> Self {
        self.segs.push(Seg::Line(p));
        self
    }

    pub fn cubic(mut self, c1: P, c2: P, p: P) -> Self {
        self.segs.push(Seg::Cubic(c1, c2, p));
        self
    }

    /// A smooth curve from the current end through every point of `pts`.
    pub fn smooth(self, pts: &[P]) -> Self {
        self.smooth_t(pts, 1.0)
    }

    /// As [`Path::smooth`], with a tension: 1 is a plain Catmull-Rom curve, lower is tighter.
    pub fn smooth_t(mut self, pts: &[P], t: f32) -> Self {
        let mut all = Vec::with_capacity(pts.len() + 1);
        all.push(self.end());
        all.extend_from_slice(pts);
        self.segs.extend(catmull_rom(&all, false, t));
        self
    }

    pub fn close(mut self) -> Self {
        self.closed = true;
        self
    }

    /// A closed smooth shape through `pts`.
    pub fn blob(pts: &[P], t: f32) -> Self {
        Path {
            start: pts[0],
            segs: catmull_rom(pts, true, t),
            closed: true,
        }
    }

    pub fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32) -> Self {
        const K: f32 = 0.5523;
        Path::new((cx + rx, cy))
            .cubic(
                (cx + rx, cy + ry * K),
                (cx + rx * K, cy + ry),
                (cx, cy + ry),
            )
            .cubic(
                (cx - rx * K, cy + ry),
                (cx - rx, cy + ry * K),
                (cx - rx, cy),
            )
            .cubic(
                (cx - rx, cy - ry * K),
                (cx - rx * K, cy - ry),
                (cx, cy - ry),
            )
            .cubic(
                (cx + rx * K, cy - ry),
                (cx + rx, cy - ry * K),
                (cx + rx, cy),
            )
            .close()
    }

    /// A rectangle with rounded corners.
    pub fn rounded_rect(r: Rect, radius: f32) -> Self {
        let k = radius * 0.45;
        let (x0, y0, x1, y1) = (r.x0, r.y0, r.x1, r.y1);
        Path::new((x0 + radius, y0))
            .line((x1 - radius, y0))
            .cubic((x1 - k, y0), (x1, y0 + k), (x1, y0 + radius))
            .line((x1, y1 - radius))
            .cubic((x1, y1 - k), (x1 - k, y1), (x1 - radius, y1))
            .line((x0 + radius, y1))
            .cubic((x0 + k, y1), (x0, y1 - k), (x0, y1 - radius))
            .line((x0, y0 + radius))
            .cubic((x0, y0 + k), (x0 + k, y0), (x0 + radius, y0))
            .close()
    }

    pub fn end(&self) -> P {
        self.segs.last().map(|s| s.end()).unwrap_or(self.start)
    }

    /// The path reflected across the vertical line `x = axis`.
    pub fn mirrored(&self, axis: f32) -> Path {
        let m = |p: P| (2.0 * axis - p.0, p.1);
        Path {
            start: m(self.start),
            segs: self
                .segs
                .iter()
                .map(|s| match *s {
                    Seg::Line(p) => Seg::Line(m(p)),
                    Seg::Cubic(a, b, p) => Seg::Cubic(m(a), m(b), m(p)),
                })
                .collect(),
            closed: self.closed,
        }
    }

    /// The same open path walked from its end to its start.
    pub fn reversed(&self) -> Path {
        let mut points = vec![self.start];
        points.extend(self.segs.iter().map(|s| s.end()));
        let segs = self
            .segs
            .iter()
            .enumerate()
            .rev()
            .map(|(i, s)| match *s {
                Seg::Line(_) => Seg::Line(points[i]),
                Seg::Cubic(a, b, _) => Seg::Cubic(b, a, points[i]),
            })
            .collect();
        Path {
            start: self.end(),
            segs,
            closed: self.closed,
        }
    }

    /// Continues this path with `other`'s segments (`other` starts where this one ends).
    pub fn then(mut self, other: &Path) -> Path {
        self.segs.extend_from_slice(&other.segs);
        self
    }

    /// The SVG `d` attribute.
    pub fn d(&self) -> String {
        let mut s = String::with_capacity(16 + self.segs.len() * 28);
        let _ = write!(s, "M{} {}", num(self.start.0), num(self.start.1));
        for seg in &self.segs {
            let _ = match *seg {
                Seg::Line(p) => write!(s, "L{} {}", num(p.0), num(p.1)),
                Seg::Cubic(a, b, p) => write!(
                    s,
                    "C{} {} {} {} {} {}",
                    num(a.0),
                    num(a.1),
                    num(b.0),
                    num(b.1),
                    num(p.0),
                    num(p.1)
                ),
            };
        }
        if self.closed {
            s.push('Z');
        }
        s
    }

    /// Points along the drawn curve (not the control points), `per_seg` per segment.
    pub fn samples(&self, per_seg: usize) -> Vec<P> {
        let mut out = vec![self.start];
        let mut from = self.start;
        for seg in &self.segs {
            match *seg {
                Seg::Line(p) => {
                    for i in 1..=per_seg {
                        let t = i as f32 / per_seg as f32;
                        out.push((from.0 + (p.0 - from.0) * t, from.1 + (p.1 - from.1) * t));
                    }
                }
                Seg::Cubic(a, b, p) => {
                    for i in 1..=per_seg {
                        out.push(bezier(from, a, b, p, i as f32 / per_seg as f32));
                    }
                }
            }
            from = seg.end();
        }
        out
    }

    /// The bounding box of the drawn curve.
    pub fn bbox(&self) -> Rect {
        let pts = self.samples(12);
        let mut r = Rect::new(f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for (x, y) in pts {
            r.x0 = r.x0.min(x);
            r.y0 = r.y0.min(y);
            r.x1 = r.x1.max(x);
            r.y1 = r.y1.max(y);
        }
        r
    }
}

/// A point on a cubic Bézier at `t`.
pub fn bezier(p0: P, c1: P, c2: P, p1: P, t: f32) -> P {
    let u = 1.0 - t;
    let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
    (
        a * p0.0 + b * c1.0 + c * c2.0 + d * p1.0,
        a * p0.1 + b * c1.1 + c * c2.1 + d * p1.1,
    )
}

/// Catmull-Rom segments through `pts` (closed: back to the first point) as cubic Béziers.
fn catmull_rom(pts: &[P], closed: bool, t: f32) -> Vec<Seg> {
    let n = pts.len();
    let count = if closed { n } else { n.saturating_sub(1) };
    (0..count)
        .map(|i| {
            let p1 = pts[i];
            let p2 = pts[(i + 1) % n];
            let p0 = if closed || i > 0 {
                pts[(i + n - 1) % n]
            } else {
                p1
            };
            let p3 = if closed || i + 2 < n {
                pts[(i + 2) % n]
            } else {
                p2
            };
            let k = t / 6.0;
            Seg::Cubic(
                (p1.0 + (p2.0 - p0.0) * k, p1.1 + (p2.1 - p0.1) * k),
                (p2.0 - (p3.0 - p1.0) * k, p2.1 - (p3.1 - p1.1) * k),
                p2,
            )
        })
        .collect()
}

/// A number for a `d` string: at most one decimal, no trailing zeros.
/// Printed from whole tenths: float formatting would add kilobytes of WebAssembly for this alone.
pub(crate) fn num(v: f32) -> String {
    let tenths = (v * 10.0).round() as i32;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if tenth == 0 {
        format!("{}{whole}", if whole == 0 { "" } else { sign })
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_like_one_decimal_formatting_without_trailing_zeros() {
        for (v, text) in [
            (0.0, "0"),
            (12.0, "12"),
            (12.34, "12.3"),
            (12.36, "12.4"),
            (-0.5, "-0.5"),
            (-0.04, "0"),
            (-7.0, "-7"),
            (149.96, "150"),
            (-3e9, "-214748364.8"),
        ] {
            assert_eq!(num(v), text, "{v}");
        }
    }

    #[test]
    fn mirroring_twice_is_the_identity_and_reversal_keeps_the_ends() {
        let p = Path::new((10.0, 20.0))
            .line((30.0, 40.0))
            .smooth(&[(50.0, 45.0), (60.0, 80.0)]);
        assert_eq!(p.mirrored(150.0).mirrored(150.0).d(), p.d());
        assert_eq!(p.mirrored(150.0).end(), (240.0, 80.0));
        let r = p.reversed();
        assert_eq!(
            r.d().split_once('C').map(|(m, _)| m.to_string()),
            Some("M60 80".to_string())
        );
        assert_eq!(r.end(), (10.0, 20.0));
        assert_eq!(r.reversed().d(), p.d());
    }

    #[test]
    fn d_strings_are_compact() {
        let e = Path::ellipse(10.0, 10.0, 5.0, 2.5);
        assert!(e.d().starts_with("M15 10C15 11.4 "), "{}", e.d());
        assert!(e.d().ends_with('Z'));
        assert_eq!(Rect::new(1.0, 2.0, 3.5, 4.0).d(), "M1 2H3.5V4H1Z");
    }

    #[test]
    fn a_smooth_curve_passes_through_its_points() {
        let pts = [(0.0, 0.0), (10.0, 5.0), (20.0, 0.0)];
        let p = Path::new(pts[0]).smooth(&pts[1..]);
        let s = p.samples(4);
        assert!(s.contains(&(10.0, 5.0)));
        let b = p.bbox();
        assert!(b.y1 >= 5.0 && b.y1 < 5.5, "{b:?}");
    }

    #[test]
    fn rect_overlap_ignores_shared_edges() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(!a.overlaps(&Rect::new(10.0, 0.0, 20.0, 10.0)));
        assert!(a.overlaps(&Rect::new(9.0, 9.0, 20.0, 20.0)));
        assert_eq!(a.mirrored(150.0), Rect::new(290.0, 0.0, 300.0, 10.0));
    }
}
