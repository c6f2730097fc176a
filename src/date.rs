//! Dates that keep their precision: a year, a month, a day, or a day and time.

use std::fmt;

/// A date of year, month or day precision (optionally with a time of day).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// Time of day as written (`10:30:00`, `10:30:00+09:00`), for date-times.
    /// Boxed twice so that a date without one (nearly all) takes 16 bytes:
    /// a claim holds two dates.
    pub time: Option<Box<String>>,
}

impl PartialDate {
    /// A full date (day precision or finer).
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }

    /// Sort key: a partial date sorts before the full dates of its period.
    pub fn sort_key(&self) -> (i32, u8, u8, &str) {
        (
            self.year,
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
            self.time.as_deref().map_or("", String::as_str),
        )
    }

    /// The last day of the period, as used by `--as-of`.
    pub fn end_key(&self) -> (i32, u8, u8, &str) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (
            self.year,
            month,
            day,
            self.time.as_deref().map_or("\u{10FFFF}", String::as_str),
        )
    }

    /// Whether this date falls on or before the end of `cutoff`'s period.
    pub fn on_or_before(&self, cutoff: &PartialDate) -> bool {
        self.sort_key() <= cutoff.end_key()
    }

    /// The same calendar day (both full).
    pub fn same_day(&self, other: &PartialDate) -> bool {
        self.is_full()
            && other.is_full()
            && (self.year, self.month, self.day) == (other.year, other.month, other.day)
    }

    /// The same time as written: the same calendar day (both full), or
    /// the same date to the same precision (`2025-07` and `2025-07`).
    pub fn same_time(&self, other: &PartialDate) -> bool {
        self.same_day(other) || self == other
    }

    /// Days from `self` to `later`, when both are full dates.
    pub fn days_until(&self, later: &PartialDate) -> Option<i64> {
        Some(later.day_number()? - self.day_number()?)
    }

    /// Days since 1970-01-01 of the last day of the period (a month's
    /// last day, a year's 31 December).
    pub fn end_day(&self) -> i64 {
        let (year, month, day, _) = self.end_key();
        days_from_civil(year as i64, month as i64, day as i64)
    }

    /// Days since 1970-01-01 of the first day of the period (a month's
    /// first day, a year's 1 January), for placing dates on an axis.
    pub fn start_day(&self) -> i64 {
        days_from_civil(
            self.year as i64,
            self.month.unwrap_or(1) as i64,
            self.day.unwrap_or(1) as i64,
        )
    }

    fn day_number(&self) -> Option<i64> {
        Some(days_from_civil(
            self.year as i64,
            self.month? as i64,
            self.day? as i64,
        ))
    }
}

/// A date serialises as its text (`2025-09-02`), written straight to the
/// output without an intermediate String.
impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let two_digits = |n: Option<u8>| n.is_none_or(|n| n < 100);
        if (0..=9999).contains(&self.year) && two_digits(self.month) && two_digits(self.day) {
            // The common case, in one write: `2025-09-02`.
            let mut text = [0u8; 10];
            let digit = |n: u32| b'0' + (n % 10) as u8;
            let year = self.year as u32;
            text[..4].copy_from_slice(&[
                digit(year / 1000),
                digit(year / 100),
                digit(year / 10),
                digit(year),
            ]);
            let mut len = 4;
            for part in [self.month, self.day].into_iter().flatten() {
                let part = u32::from(part);
                text[len..len + 3].copy_from_slice(&[b'-', digit(part / 10), digit(part)]);
                len += 3;
            }
            f.write_str(std::str::from_utf8(&text[..len]).map_err(|_| fmt::Error)?)?;
        } else {
            write!(f, "{:04}", self.year)?;
            if let Some(m) = self.month {
                write!(f, "-{m:02}")?;
            }
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        if let Some(t) = &self.time {
            write!(f, "T{t}")?;
        }
        Ok(())
    }
}

/// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Days since 1970-01-01 of a calendar date.
pub fn day_of(year: i64, month: u8, day: u8) -> i64 {
    days_from_civil(year, month as i64, day as i64)
}

/// The calendar date of a day counted from 1970-01-01: the inverse of
/// [`PartialDate::start_day`] for full dates.
pub fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month (1–12).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Why a date string was refused.
pub const DATE_FORMS: &str = "write a date as 2025-09-02 (a TOML date or a string), \"2025-09\" for a month or \"2025\" for a year";

/// Parse `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS…]`.
pub fn parse(text: &str) -> Result<PartialDate, String> {
    if let Some(why) = other_notation(text) {
        return Err(why);
    }
    // A time follows a full date only: `2025-09-02T10:00`. (Splitting at
    // the first `t` read `Sept 2, 2025` as the year `Sep`.)
    let (date, time) = match text.as_bytes().get(10) {
        Some(b'T' | b't' | b' ') => (&text[..10], Some(&text[11..])),
        _ => (text, None),
    };
    let mut parts = date.split('-');
    let year = parts.next().unwrap_or("");
    let month = parts.next();
    let day = parts.next();
    if parts.next().is_some() {
        return Err(format!("`{text}` has too many parts"));
    }
    let number = |s: &str, len: usize, what: &str| -> Result<u32, String> {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse::<u32>().map_err(|_| format!("bad {what} `{s}`"))
        } else {
            Err(format!("expected a {len}-digit {what}, found `{s}`"))
        }
    };
    let year = number(year, 4, "year")? as i32;
    let month = month.map(|m| number(m, 2, "month")).transpose()?;
    let day = day.map(|d| number(d, 2, "day")).transpose()?;
    if let Some(m) = month
        && !(1..=12).contains(&m)
    {
        return Err(format!("month {m:02} does not exist"));
    }
    if let (Some(m), Some(d)) = (month, day) {
        let max = days_in_month(year, m as u8) as u32;
        if d == 0 || d > max {
            return Err(format!(
                "{year:04}-{m:02} has no day {d:02} (it has {max} days)"
            ));
        }
    }
    if time.is_some() && day.is_none() {
        return Err("a time needs a full date before it".into());
    }
    if let Some(t) = time {
        let ok = t.len() >= 5
            && t.as_bytes()[2] == b':'
            && t[..2].parse::<u8>().is_ok_and(|h| h < 24)
            && t[3..5].parse::<u8>().is_ok_and(|m| m < 60);
        if !ok {
            return Err(format!("`{t}` is not a time of day"));
        }
    }
    Ok(PartialDate {
        year,
        month: month.map(|m| m as u8),
        day: day.map(|d| d as u8),
        time: time.map(|t| Box::new(t.to_string())),
    })
}

/// Why a date in a notation of its own (`02/09/2025`, `2025/09/02`,
/// `2025-Q3`) is refused, naming what to write instead.
fn other_notation(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['/', '.']).collect();
    let digits =
        |s: &str, lens: &[usize]| lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if let [a, b, c] = parts[..] {
        if digits(a, &[4]) && digits(b, &[1, 2]) && digits(c, &[1, 2]) {
            return Some(format!(
                "`{text}` is written with `{}`; write it as {a}-{b:0>2}-{c:0>2}",
                &text[4..5]
            ));
        }
        if digits(a, &[1, 2]) && digits(b, &[1, 2]) && digits(c, &[4]) {
            let (x, y) = (a.parse::<u8>().ok()?, b.parse::<u8>().ok()?);
            let (day_first, month_first) = (
                format!("{c}-{b:0>2}-{a:0>2}"),
                format!("{c}-{a:0>2}-{b:0>2}"),
            );
            return Some(match (x > 12, y > 12) {
                (true, false) => format!("`{text}` is day/month/year; write it as {day_first}"),
                (false, true) => format!("`{text}` is month/day/year; write it as {month_first}"),
                _ => format!(
                    "`{text}` does not say which is the day and which the month; write it \
                     as YYYY-MM-DD ({day_first} or {month_first})"
                ),
            });
        }
    }
    let (year, rest) = text.split_once('-')?;
    let quarter = rest.strip_prefix(['Q', 'q'])?;
    (digits(year, &[4]) && matches!(quarter, "1" | "2" | "3" | "4"))
        .then(|| format!("`{text}` is a quarter; write a month ({year}-MM) or the year ({year})"))
}

/// Today's day number (days since 1970-01-01, UTC), from the system clock.
pub fn today() -> Option<i64> {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    i64::try_from(since.as_secs() / 86_400).ok()
}

/// A time told before a later date, relative to it or by a name without
/// its year: `a day earlier`, `a year ago`, `in April`, `in 2022`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Earlier {
    /// `a day earlier`, `two weeks ago`, `yesterday`: days before.
    Days(u32),
    /// `a month earlier`, `last month`: months before, to the month.
    Months(u32),
    /// `a year earlier`, `last year`: years before, to the year.
    Years(u32),
    /// `in April`: the last April on or before the later date.
    Month(u8),
    /// `in 2022`, `in April 2025`.
    Year(i32, Option<u8>),
    /// `on Sunday`: the last such weekday on or before the later date
    /// (0 is Monday).
    Weekday(u8),
    /// `by Thursday`: a deadline, read only ahead (a forecast's next such
    /// weekday, as [`Earlier::Weekday`] ahead). Before a later date it
    /// is no step, the later date itself: a past `by` day may be a
    /// target's, not when a figure was true. (Extraction reads one its
    /// clause tells as passed as [`Earlier::Weekday`]: `had been
    /// delivered by Wednesday`.)
    ByWeekday(u8),
    /// `by April`: a deadline month, read as [`Earlier::ByWeekday`] is
    /// (ahead, the next such month; before, no step).
    ByMonth(u8),
    /// `on May 20`: the last such day on or before the later date.
    Day(u8, u8),
    /// `last week`: the calendar week (Monday to Sunday) before the later
    /// date's, to the month where the whole week lies in one, else to the
    /// year where it lies in one.
    LastWeek,
    /// `earlier this week`, `earlier in the week`: the days of the later
    /// date's calendar week (from Monday) before it, to the month where
    /// they lie in one, else to the year; none on a Monday.
    EarlierThisWeek,
    /// `in the summer`: the year of the last such season begun on or
    /// before the later date, given by the month it begins (summer 6,
    /// spring 3, autumn 9). Winter, which spans two years, is none.
    Season(u8),
}

/// A date to the precision given, with no time.
fn partial(year: i32, month: Option<u8>, day: Option<u8>) -> PartialDate {
    PartialDate {
        year,
        month,
        day,
        time: None,
    }
}

/// The full date of day number `n` (days since 1970-01-01).
fn on_day(n: i64) -> Option<PartialDate> {
    let (year, month, day) = civil_from_days(n);
    Some(partial(i32::try_from(year).ok()?, Some(month), Some(day)))
}

/// The days numbered `first` to `last`, to the month where they lie in
/// one, else to the year where they lie in one.
fn days_from(first: i64, last: i64) -> Option<PartialDate> {
    let (y1, m1, _) = civil_from_days(first);
    let (y2, m2, _) = civil_from_days(last);
    let year = i32::try_from(y1).ok()?;
    match (y1 == y2, m1 == m2) {
        (true, true) => Some(partial(year, Some(m1), None)),
        (true, false) => Some(partial(year, None, None)),
        _ => None,
    }
}

/// `month`/`day` of `year`, where there is such a day (not February 30).
fn calendar_day(year: i32, month: u8, day: u8) -> Option<PartialDate> {
    let (y, m, d) = civil_from_days(day_of(i64::from(year), month, day));
    ((y, m, d) == (i64::from(year), month, day)).then(|| partial(year, Some(month), Some(day)))
}

/// The year of the last `month` on or before `later` (to its month).
fn year_of_last(month: u8, later: &PartialDate) -> Option<i32> {
    if month <= later.month? {
        Some(later.year)
    } else {
        later.year.checked_sub(1)
    }
}

/// The year of the first `month` on or after `now` (to its month).
fn year_of_next(month: u8, now: &PartialDate) -> Option<i32> {
    if month >= now.month? {
        Some(now.year)
    } else {
        now.year.checked_add(1)
    }
}

/// The day number of the Monday of day `n`'s calendar week.
fn monday_of(n: i64) -> i64 {
    // 1970-01-01, day 0, was a Thursday: Monday is 0.
    n - (n + 3).rem_euclid(7)
}

impl Earlier {
    /// The date this names, counted back from `later`, to the precision
    /// both allow: `None` where `later` is unknown or too coarse (`a day
    /// earlier` than `2026-03`), or where the date named is after it.
    pub fn before(self, later: Option<&PartialDate>) -> Option<PartialDate> {
        match self {
            Earlier::Days(n) => on_day(later?.day_number()? - i64::from(n)),
            Earlier::Months(n) => {
                let later = later?;
                let months =
                    i64::from(later.year) * 12 + i64::from(later.month?) - 1 - i64::from(n);
                let month = u8::try_from(months.rem_euclid(12) + 1).ok()?;
                Some(partial(
                    i32::try_from(months.div_euclid(12)).ok()?,
                    Some(month),
                    None,
                ))
            }
            Earlier::Years(n) => {
                let year = later?.year.checked_sub(i32::try_from(n).ok()?)?;
                Some(partial(year, None, None))
            }
            Earlier::Month(month) => Some(partial(year_of_last(month, later?)?, Some(month), None)),
            Earlier::Year(year, month) => {
                let after = later
                    .is_some_and(|l| (year, month.unwrap_or(1)) > (l.year, l.month.unwrap_or(12)));
                (!after).then(|| partial(year, month, None))
            }
            Earlier::Weekday(weekday) => {
                let later = later?.day_number()?;
                // 1970-01-01, day 0, was a Thursday (3).
                on_day(later - (later + 3 - i64::from(weekday)).rem_euclid(7))
            }
            Earlier::LastWeek => {
                let monday = monday_of(later?.day_number()?) - 7;
                days_from(monday, monday + 6)
            }
            Earlier::EarlierThisWeek => {
                let later = later?.day_number()?;
                let monday = monday_of(later);
                (monday < later).then(|| days_from(monday, later - 1))?
            }
            Earlier::Season(first) => Some(partial(year_of_last(first, later?)?, None, None)),
            // (No step: what is counted from it counts from the later date.)
            Earlier::ByWeekday(_) | Earlier::ByMonth(_) => later.cloned(),
            Earlier::Day(month, day) => {
                let later = later?;
                let at = (later.month.unwrap_or(12), later.day.unwrap_or(31));
                let year = if (month, day) <= at {
                    later.year
                } else {
                    later.year.checked_sub(1)?
                };
                calendar_day(year, month, day)
            }
        }
    }

    /// The date this names for a figure put in the future (a forecast),
    /// from `now`: a month, a day, a weekday or a season is the first such
    /// on or after it (`by the end of December` in November is this
    /// December), and a year or a month in full may lie after it. A step
    /// that says a time before (`a day earlier`, `last month`) counts back
    /// as [`Earlier::before`] does.
    pub fn ahead(self, now: Option<&PartialDate>) -> Option<PartialDate> {
        match self {
            Earlier::Month(month) | Earlier::ByMonth(month) => {
                Some(partial(year_of_next(month, now?)?, Some(month), None))
            }
            Earlier::Year(year, month) => Some(partial(year, month, None)),
            Earlier::Weekday(weekday) | Earlier::ByWeekday(weekday) => {
                let now = now?.day_number()?;
                // 1970-01-01, day 0, was a Thursday (3).
                on_day(now + (i64::from(weekday) - (now + 3)).rem_euclid(7))
            }
            Earlier::Day(month, day) => {
                let now = now?;
                let at = (now.month.unwrap_or(1), now.day.unwrap_or(1));
                let year = if (month, day) >= at {
                    now.year
                } else {
                    now.year.checked_add(1)?
                };
                calendar_day(year, month, day)
            }
            // (A season of three months, not yet over, is this year's:
            // the year of its last month.)
            Earlier::Season(first) => Some(partial(year_of_next(first + 2, now?)?, None, None)),
            Earlier::Days(_)
            | Earlier::Months(_)
            | Earlier::Years(_)
            | Earlier::LastWeek
            | Earlier::EarlierThisWeek => self.before(now),
        }
    }
}

/// A TOML date or date-time (a time alone is refused).
pub fn from_toml(dt: &toml::value::Datetime) -> Result<PartialDate, String> {
    let date = dt
        .date
        .ok_or_else(|| "a time of day alone is not a date".to_string())?;
    Ok(PartialDate {
        year: date.year as i32,
        month: Some(date.month),
        day: Some(date.day),
        time: dt.time.map(|t| {
            let mut s = t.to_string();
            if let Some(o) = dt.offset {
                s.push_str(&o.to_string());
            }
            Box::new(s)
        }),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn earlier_times_count_back_to_the_precision_they_allow() {
        use super::Earlier::*;
        let on = |text: &str| super::parse(text).ok();
        let before = |earlier: super::Earlier, later: &str| {
            earlier.before(on(later).as_ref()).map(|d| d.to_string())
        };
        let want = |text: &str| Some(text.to_string());
        assert_eq!(before(Days(1), "2026-03-01"), want("2026-02-28"));
        assert_eq!(before(Days(7), "2024-01-03"), want("2023-12-27"));
        assert_eq!(before(Days(1), "2026-03"), None, "a month is too coarse");
        assert_eq!(before(Months(1), "2026-01-15"), want("2025-12"));
        assert_eq!(before(Months(3), "2026-05"), want("2026-02"));
        assert_eq!(before(Months(1), "2026"), None);
        assert_eq!(before(Years(1), "2026-03-06"), want("2025"));
        assert_eq!(before(Month(4), "2026-06-02"), want("2026-04"));
        assert_eq!(before(Month(9), "2026-03-06"), want("2025-09"));
        assert_eq!(before(Month(3), "2026-03-06"), want("2026-03"));
        assert_eq!(before(Year(2022, None), "2026-03-06"), want("2022"));
        assert_eq!(before(Year(2026, Some(4)), "2026-03-06"), None, "after");
        assert_eq!(
            Year(2022, Some(4)).before(None).map(|d| d.to_string()),
            want("2022-04")
        );
        assert_eq!(Days(1).before(None), None);
        // 2026-06-22 is a Monday: last week is June 15–21; from Sunday
        // June 21 it is June 8–14. Across a month, the year; across a
        // year, nothing.
        assert_eq!(before(LastWeek, "2026-06-22"), want("2026-06"));
        assert_eq!(before(LastWeek, "2026-06-21"), want("2026-06"));
        assert_eq!(before(LastWeek, "2026-07-06"), want("2026"));
        assert_eq!(before(LastWeek, "2027-01-06"), None);
        assert_eq!(before(LastWeek, "2026-06"), None, "a month is too coarse");
        // 2026-03-06 is a Friday.
        assert_eq!(before(Weekday(6), "2026-03-06"), want("2026-03-01"));
        assert_eq!(before(Weekday(4), "2026-03-06"), want("2026-03-06"));
        assert_eq!(before(Weekday(5), "2026-03-06"), want("2026-02-28"));
        assert_eq!(before(Weekday(0), "2026-03"), None, "a month is too coarse");
        assert_eq!(before(Day(3, 1), "2026-03-06"), want("2026-03-01"));
        assert_eq!(before(Day(5, 20), "2026-03-06"), want("2025-05-20"));
        assert_eq!(before(Day(2, 29), "2026-03-06"), None, "no such day");
        assert_eq!(before(Day(2, 29), "2024-03-06"), want("2024-02-29"));
        assert_eq!(Day(5, 20).before(None), None);
        // Earlier this week: 2026-10-09 is a Friday, its week began on
        // Monday 2026-10-05; on a Monday there is none.
        assert_eq!(before(EarlierThisWeek, "2026-10-09"), want("2026-10"));
        assert_eq!(before(EarlierThisWeek, "2026-10-05"), None);
        assert_eq!(before(EarlierThisWeek, "2026-10-02"), want("2026"));
        // A season, to its year.
        assert_eq!(before(Season(6), "2026-11-03"), want("2026"));
        assert_eq!(before(Season(6), "2026-03-06"), want("2025"));
        assert_eq!(before(Season(6), "2026"), None, "a year is too coarse");
        // A deadline before is no step: the later date itself.
        assert_eq!(before(ByWeekday(3), "2026-03-06"), want("2026-03-06"));
        assert_eq!(before(ByMonth(4), "2026-03-06"), want("2026-03-06"));
    }

    #[test]
    fn times_of_a_forecast_count_ahead() {
        use super::Earlier::*;
        let ahead = |earlier: super::Earlier, now: &str| {
            earlier
                .ahead(super::parse(now).ok().as_ref())
                .map(|d| d.to_string())
        };
        let want = |text: &str| Some(text.to_string());
        assert_eq!(ahead(Month(12), "2026-11-05"), want("2026-12"));
        assert_eq!(ahead(Month(3), "2026-11-05"), want("2027-03"));
        assert_eq!(ahead(Month(11), "2026-11-05"), want("2026-11"));
        assert_eq!(ahead(Year(2027, None), "2026-11-05"), want("2027"));
        // 2026-03-06 is a Friday.
        assert_eq!(ahead(Weekday(0), "2026-03-06"), want("2026-03-09"));
        assert_eq!(ahead(Weekday(4), "2026-03-06"), want("2026-03-06"));
        assert_eq!(ahead(Weekday(0), "2026-03"), None, "a month is too coarse");
        assert_eq!(ahead(Day(1, 10), "2026-03-06"), want("2027-01-10"));
        assert_eq!(ahead(Day(5, 20), "2026-03-06"), want("2026-05-20"));
        assert_eq!(ahead(Day(2, 29), "2026-03-06"), None, "no such day");
        // A time before stays before.
        assert_eq!(ahead(Years(1), "2026-03-06"), want("2025"));
        assert_eq!(Month(5).ahead(None), None);
        assert_eq!(ahead(Season(6), "2026-07-01"), want("2026"));
        assert_eq!(ahead(Season(6), "2026-11-03"), want("2027"));
        // A deadline's weekday or month lies ahead.
        assert_eq!(ahead(ByWeekday(3), "2026-03-06"), want("2026-03-12"));
        assert_eq!(ahead(ByMonth(4), "2026-03-06"), want("2026-04"));
    }

    #[test]
    fn day_numbers_go_both_ways() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2000, 2, 29),
            (2025, 9, 2),
            (1969, 12, 31),
            (2400, 3, 1),
        ] {
            let day = super::parse(&format!("{y:04}-{m:02}-{d:02}"))
                .unwrap()
                .start_day();
            assert_eq!(super::civil_from_days(day), (y, m, d));
        }
        assert_eq!(super::parse("1970-01-02").unwrap().start_day(), 1);
        assert_eq!(
            super::parse("2025-09").unwrap().start_day(),
            super::parse("2025-09-01").unwrap().start_day()
        );
    }

    use super::*;

    #[test]
    fn partial_dates_keep_their_precision() {
        let cases = [
            ("2025", "2025", false),
            ("2025-09", "2025-09", false),
            ("2025-09-02", "2025-09-02", true),
            ("2024-02-29", "2024-02-29", true),
            ("2025-09-02T10:30:00", "2025-09-02T10:30:00", true),
        ];
        for (input, shown, full) in cases {
            let d = parse(input).expect(input);
            assert_eq!(d.to_string(), shown);
            assert_eq!(d.is_full(), full, "{input}");
        }
    }

    /// The one-write form reads as the general formatting would write it.
    #[test]
    fn dates_read_as_padded_numbers_in_every_range() {
        for year in [0, 7, 99, 999, 2025, 9999, 10_000, 123_456, -1, -2025] {
            for month in [
                None,
                Some(1),
                Some(9),
                Some(12),
                Some(99),
                Some(100),
                Some(255),
            ] {
                for day in [None, Some(1), Some(31), Some(200)] {
                    let date = PartialDate {
                        year,
                        month,
                        day,
                        time: None,
                    };
                    let mut expected = format!("{year:04}");
                    for part in [month, day].into_iter().flatten() {
                        expected.push_str(&format!("-{part:02}"));
                    }
                    assert_eq!(date.to_string(), expected);
                }
            }
        }
    }

    #[test]
    fn dates_in_other_notations_are_refused_with_the_date_to_write() {
        for (text, says) in [
            ("2025/09/02", "write it as 2025-09-02"),
            ("2025.9.2", "write it as 2025-09-02"),
            ("25/09/2025", "day/month/year; write it as 2025-09-25"),
            ("09/25/2025", "month/day/year; write it as 2025-09-25"),
            ("02/09/2025", "(2025-09-02 or 2025-02-09)"),
            (
                "2025-Q3",
                "a quarter; write a month (2025-MM) or the year (2025)",
            ),
        ] {
            let why = parse(text).expect_err(text);
            assert!(why.contains(says), "{text}: {why}");
        }
        // Times with fractions of a second are still times.
        assert!(parse("2025-09-02T10:30:00.5").is_ok());
        assert!(parse("2025-Q5").is_err());
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "2025-02-30",
            "2025-13",
            "2025-00",
            "2023-02-29",
            "25-09-02",
            "2025/09/02",
            "2025-9-2",
            "september",
            "2025-09-02-01",
            "2025-09T10:00",
            "2025-09-02T25:00",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        // The message quotes what was written, not a piece cut at a `t`.
        assert_eq!(
            parse("Sept 2, 2025").map_err(|e| e.contains("found `Sept 2, 2025`")),
            Err(true)
        );
    }

    #[test]
    fn a_partial_date_sorts_before_its_period() {
        let year = parse("2025").unwrap();
        let month = parse("2025-09").unwrap();
        let first = parse("2025-01-01").unwrap();
        let day = parse("2025-09-02").unwrap();
        assert!(year.sort_key() < first.sort_key());
        assert!(month.sort_key() < day.sort_key());
        assert!(first.sort_key() < month.sort_key());
    }

    #[test]
    fn as_of_a_partial_date_means_the_end_of_its_period() {
        let cutoff = parse("2025-09").unwrap();
        assert!(parse("2025-09-30").unwrap().on_or_before(&cutoff));
        assert!(!parse("2025-10-01").unwrap().on_or_before(&cutoff));
        let feb = parse("2024-02").unwrap();
        assert!(parse("2024-02-29").unwrap().on_or_before(&feb));
    }

    #[test]
    fn days_between_full_dates_only() {
        let a = parse("2025-04-15").unwrap();
        let b = parse("2025-09-02").unwrap();
        assert_eq!(a.days_until(&b), Some(140));
        assert_eq!(
            parse("2024-02-28")
                .unwrap()
                .days_until(&parse("2024-03-01").unwrap()),
            Some(2)
        );
        assert_eq!(parse("2025-04").unwrap().days_until(&b), None);
    }
}
