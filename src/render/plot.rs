//! Drawing a [`Chart`] with plotters: SVG text or PNG bytes.
//!
//! A step line per source joins its standing versions, each held until the
//! next (the last to the right edge); a shaded band shows a version's
//! low–high interval; "at least" and "more than" figures carry an arrow up,
//! "at most" and "less than" one down; hollow marks are forecasts or
//! undated versions, crossed ones retracted; red rings mark the latest
//! figures that conflict. Text is measured (and, in PNG, drawn) with the
//! DejaVu Sans subset in `assets/fonts`, so charts look the same anywhere.

use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;

use super::number;
use crate::chart::{Axis, Chart, Open, TickPrecision, date_ticks};
use crate::date::civil_from_days;
use crate::model::{Claim, Status};
use plotters::coord::combinators::BindKeyPoints;

/// The font every chart is measured and drawn with.
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-subset.ttf");
const FAMILY: &str = "sans-serif";

/// Okabe–Ito colours, readable by colour-blind readers, in the order
/// sources get them.
const PALETTE: [RGBColor; 7] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(230, 159, 0),
    RGBColor(86, 180, 233),
    RGBColor(0, 0, 0),
];
const CONFLICT: RGBColor = RGBColor(200, 0, 0);
const RETRACTED: RGBColor = RGBColor(90, 90, 90);

/// Radius of a version's mark, and of the ring around a conflicting one.
pub const MARK_RADIUS: u32 = 5;
pub const RING_RADIUS: u32 = 10;

/// The size of a chart in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

impl Default for Size {
    fn default() -> Self {
        Size {
            width: 800,
            height: 450,
        }
    }
}

impl Size {
    /// Sizes a chart can be drawn at.
    pub const LIMITS: (u32, u32) = (240, 8000);

    /// Parse `800x450`.
    pub fn parse(text: &str) -> Result<Size, String> {
        let (w, h) = text
            .split_once(['x', 'X'])
            .ok_or_else(|| format!("`{text}` is not WIDTHxHEIGHT, e.g. 800x450"))?;
        let side = |s: &str| -> Result<u32, String> {
            let n: u32 = s
                .trim()
                .parse()
                .map_err(|_| format!("`{s}` in `{text}` is not a whole number of pixels"))?;
            let (lo, hi) = Self::LIMITS;
            if (lo..=hi).contains(&n) {
                Ok(n)
            } else {
                Err(format!("{n} pixels is outside {lo}–{hi}"))
            }
        };
        Ok(Size {
            width: side(w)?,
            height: side(h)?,
        })
    }
}

/// Drawing failed (a plotters error, as text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlotError(pub String);

impl std::fmt::Display for PlotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not draw the chart: {}", self.0)
    }
}

impl std::error::Error for PlotError {}

fn register_font() -> Result<(), PlotError> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        plotters::style::register_font(FAMILY, FontStyle::Normal, FONT).is_ok()
            && plotters::style::register_font(FAMILY, FontStyle::Bold, FONT).is_ok()
    });
    ok.then_some(())
        .ok_or_else(|| PlotError("the embedded font would not load".into()))
}

/// The chart as an SVG document.
pub fn svg(chart: &Chart, claims: &[Claim], size: Size) -> Result<String, PlotError> {
    register_font()?;
    let mut text = String::new();
    {
        let root =
            SVGBackend::with_string(&mut text, (size.width, size.height)).into_drawing_area();
        paint(&root, chart, claims)?;
    }
    Ok(text)
}

/// The chart as a PNG file's bytes.
pub fn png(chart: &Chart, claims: &[Claim], size: Size) -> Result<Vec<u8>, PlotError> {
    register_font()?;
    let (w, h) = (size.width, size.height);
    let mut rgb = vec![0u8; w as usize * h as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
        paint(&root, chart, claims)?;
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let fail = |e: png::EncodingError| PlotError(e.to_string());
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_image_data(&rgb).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(out)
}

/// Draw the chart on any backend and finish the image.
fn paint<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    claims: &[Claim],
) -> Result<(), PlotError> {
    draw(root, chart, claims).map_err(|e| PlotError(e.to_string()))?;
    root.present().map_err(|e| PlotError(e.to_string()))
}

/// A date on the axis: `2025`, `2025-09` or `2025-09-02`.
fn day_label(day: i64, precision: TickPrecision) -> String {
    let (y, m, d) = civil_from_days(day);
    match precision {
        TickPrecision::Year => format!("{y:04}"),
        TickPrecision::Month => format!("{y:04}-{m:02}"),
        TickPrecision::Day => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// A value on the axis, with thousands separators; ticks are rounded to
/// what the axis can show.
fn value_label(v: f64, step: f64) -> String {
    if step >= 1.0 {
        number::format(v.round())
    } else {
        number::format((v * 100.0).round() / 100.0)
    }
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    claims: &[Claim],
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let mut notes = key(chart);
    notes.extend(chart.notes(claims));
    let line_height = 17;
    let (width, height) = root.dim_in_pixel();
    // The legend goes below the chart, never over the data.
    let legend = legend_layout(root, chart, width)?;
    let legend_lines = legend.iter().map(|item| item.line + 1).max().unwrap_or(0);
    let footer = (legend_lines + notes.len() as u32) * line_height + 10;
    let (area, below) = root.split_vertically(height.saturating_sub(footer));
    let (x0, x1) = chart.x;
    let (y0, y1) = chart.y;
    let y_step = (y1 - y0) / 6.0;
    // Versions axis: a tick per version number (the range is padded by one).
    let (ticks, precision) = match chart.axis {
        Axis::Dates => date_ticks(x0, x1),
        Axis::Versions => (((x0 + 1)..x1).collect(), TickPrecision::Day),
    };
    let mut c = ChartBuilder::on(&area)
        .caption(&chart.subject, (FAMILY, 17))
        .margin(14)
        .margin_right(36)
        .x_label_area_size(36)
        .y_label_area_size(76)
        .build_cartesian_2d((x0..x1).with_key_points(ticks), y0..y1)?;
    let units = if chart.units.is_empty() {
        "value".to_string()
    } else {
        chart.units.join(" / ")
    };
    let axis = chart.axis;
    c.configure_mesh()
        .max_light_lines(0)
        .bold_line_style(BLACK.mix(0.12))
        .x_labels(12)
        .y_labels(7)
        .x_label_formatter(&|d| match axis {
            Axis::Dates => day_label(*d, precision),
            Axis::Versions => format!("v{d}"),
        })
        .y_label_formatter(&|v| value_label(*v, y_step))
        .x_desc(match axis {
            Axis::Dates => "stated",
            Axis::Versions => "version (no version is dated)",
        })
        .y_desc(units)
        .label_style((FAMILY, 12))
        .axis_desc_style((FAMILY, 13))
        .draw()?;

    for (t, track) in chart.tracks.iter().enumerate() {
        let colour = PALETTE[t % PALETTE.len()];
        let standing: Vec<_> = track.standing().collect();
        // Bands first, so lines and marks stay on top.
        for (k, m) in standing.iter().enumerate() {
            if let Some((lo, hi)) = m.band {
                let until = standing.get(k + 1).map_or(x1, |n| n.day);
                c.draw_series(std::iter::once(Rectangle::new(
                    [(m.day, lo), (until.max(m.day + 1), hi)],
                    colour.mix(0.16).filled(),
                )))?;
            }
        }
        let mut steps = Vec::new();
        for (k, m) in standing.iter().enumerate() {
            if k > 0 {
                steps.push((m.day, standing[k - 1].value));
            }
            steps.push((m.day, m.value));
        }
        if let Some(last) = standing.last() {
            steps.push((x1, last.value));
        }
        c.draw_series(LineSeries::new(steps, colour.stroke_width(2)))?;
        for m in &track.marks {
            let retracted = m.status == Status::Retracted;
            let hollow = m.forecast || !m.dated || retracted;
            let style = if hollow {
                colour.stroke_width(2)
            } else {
                colour.filled()
            };
            let at = (m.day, m.value);
            c.draw_series(std::iter::once(Circle::new(at, MARK_RADIUS, style)))?;
            if retracted {
                c.draw_series(std::iter::once(Cross::new(
                    at,
                    7,
                    RETRACTED.stroke_width(2),
                )))?;
            }
            if let Some(open) = m.open {
                let s = if open == Open::Up { -1 } else { 1 };
                let arrow = EmptyElement::at(at)
                    + PathElement::new(vec![(0, 6 * s), (0, 26 * s)], colour.stroke_width(2))
                    + Polygon::new(
                        vec![(-5, 20 * s), (5, 20 * s), (0, 30 * s)],
                        colour.filled(),
                    );
                c.draw_series(std::iter::once(arrow))?;
            }
            let text = EmptyElement::at(at)
                + Text::new(
                    m.label.clone(),
                    (13, 2),
                    (FAMILY, 12).into_font().color(&colour),
                );
            c.draw_series(std::iter::once(text))?;
        }
    }
    for &(a, b) in &chart.conflicts {
        for (t, k) in [a, b] {
            let m = &chart.tracks[t].marks[k];
            c.draw_series(std::iter::once(Circle::new(
                (m.day, m.value),
                RING_RADIUS,
                CONFLICT.stroke_width(2),
            )))?;
        }
    }
    let font = (FAMILY, 13).into_font();
    for item in &legend {
        let y = 4 + item.line as i32 * line_height as i32;
        let swatch = [(item.x, y + 2), (item.x + 14, y + 12)];
        match item.colour {
            Some(colour) => below.draw(&Rectangle::new(swatch, colour.filled()))?,
            None => below.draw(&Rectangle::new(swatch, CONFLICT.stroke_width(2)))?,
        }
        below.draw_text(&item.text, &font.color(&BLACK), (item.x + 20, y))?;
    }
    for (i, note) in notes.iter().enumerate() {
        let line = legend_lines as i32 + i as i32;
        below.draw_text(
            note,
            &(FAMILY, 12).into_font().color(&BLACK.mix(0.75)),
            (16, 4 + line * line_height as i32),
        )?;
    }
    Ok(())
}

/// One entry of the legend: a source's colour (or, `None`, the conflict
/// ring) and where it goes in the rows below the chart.
struct LegendItem {
    text: String,
    colour: Option<RGBColor>,
    line: u32,
    x: i32,
}

/// Lay the legend out in rows that fit `width`, measuring the text.
fn legend_layout<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    width: u32,
) -> Result<Vec<LegendItem>, DrawingAreaErrorKind<DB::ErrorType>> {
    let font = (FAMILY, 13).into_font();
    let mut entries: Vec<(String, Option<RGBColor>)> = chart
        .tracks
        .iter()
        .enumerate()
        .map(|(t, track)| (track.source.clone(), Some(PALETTE[t % PALETTE.len()])))
        .collect();
    if !chart.conflicts.is_empty() {
        entries.push(("conflict: latest figures disagree".into(), None));
    }
    let (mut line, mut x) = (0, 16);
    let mut items = Vec::new();
    for (text, colour) in entries {
        let (w, _) = root.estimate_text_size(&text, &font.color(&BLACK))?;
        let span = 20 + w as i32 + 22;
        if x > 16 && x + span > width as i32 - 8 {
            line += 1;
            x = 16;
        }
        items.push(LegendItem {
            text,
            colour,
            line,
            x,
        });
        x += span;
    }
    Ok(items)
}

/// What the kinds of marks mean, for the kinds this chart has.
fn key(chart: &Chart) -> Vec<String> {
    let marks = || chart.tracks.iter().flat_map(|t| t.marks.iter());
    let mut parts = Vec::new();
    if marks().any(|m| m.band.is_some()) {
        parts.push("band: the figure's low–high interval");
    }
    if marks().any(|m| m.open.is_some()) {
        parts.push("arrow: open-ended (at least / at most)");
    }
    if marks().any(|m| m.forecast) {
        parts.push("hollow: forecast");
    }
    if marks().any(|m| m.status == Status::Retracted) {
        parts.push("×: retracted");
    }
    if parts.is_empty() {
        Vec::new()
    } else {
        vec![parts.join(" · ")]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_within_limits() {
        assert_eq!(
            Size::parse("800x450"),
            Ok(Size {
                width: 800,
                height: 450
            })
        );
        assert!(Size::parse("800").unwrap_err().contains("WIDTHxHEIGHT"));
        assert!(Size::parse("10x450").unwrap_err().contains("outside"));
        assert!(Size::parse("axb").unwrap_err().contains("whole number"));
    }

    #[test]
    fn axis_labels_have_dates_and_separators() {
        assert_eq!(day_label(20_333, TickPrecision::Day), "2025-09-02");
        assert_eq!(day_label(20_333, TickPrecision::Month), "2025-09");
        assert_eq!(value_label(12_000.4, 2_000.0), "12,000");
        assert_eq!(value_label(0.125, 0.05), "0.13");
    }
}
