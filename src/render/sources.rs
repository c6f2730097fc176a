//! `diff SOURCE_A SOURCE_B`: two sources side by side.

use serde_json::{Value, json};

use super::number::json_opt;
use super::{Block, Grid, Style, View, form};
use crate::loader::Repository;
use crate::model::Claim;
use crate::reconcile::{Interval, Pair, SourceDiff};
use crate::versions::Versions;
use crate::wordiff;

/// The `diff` view.
pub struct SourceDiffView<'a> {
    pub repo: &'a Repository,
    pub versions: &'a Versions,
    pub a: String,
    pub b: String,
    pub diff: SourceDiff,
}

fn verdict(p: &Pair, a: &Claim, b: &Claim, style: &Style) -> String {
    match (p.agree, p.gap, &p.words) {
        (true, _, _) => "agree".into(),
        (false, Some(g), _) => format!("conflict (gap {})", form::gap(g, a, b)),
        (false, None, Some(w)) => format!("differ: {}", style.diff(w)),
        (false, None, None) => "not comparable (figure vs statement)".into(),
    }
}

impl SourceDiffView<'_> {
    fn side(&self, i: usize) -> Value {
        let c: &Claim = &self.repo.claims[i];
        let iv = Interval::of(&c.quantity);
        json!({
            "id": c.id,
            "version": self.versions.version[i],
            "value": c.value,
            "bound": c.quantity.bound.as_str(),
            "point": json_opt(c.quantity.point()),
            "low": json_opt(iv.low),
            "high": json_opt(iv.high),
            "stated": c.stated,
            "unit": c.unit,
        })
    }

    /// A shared subject's figure and unit: `≈1,500 deaths (2026-04-03)`,
    /// marked when disputed.
    fn figure(&self, i: usize) -> String {
        let c = &self.repo.claims[i];
        format!(
            "{} ({}){}",
            form::claim_short_unit(c),
            self.stated(i),
            form::disputed(c)
        )
    }

    fn stated(&self, i: usize) -> String {
        self.repo.claims[i]
            .stated
            .as_ref()
            .map_or("—".into(), ToString::to_string)
    }
}

impl View for SourceDiffView<'_> {
    fn blocks(&self, style: &Style) -> Vec<Block> {
        let claims = &self.repo.claims;
        let mut blocks = vec![Block::Heading(2, format!("{} vs {}", self.a, self.b))];
        if self.diff.shared.is_empty() {
            blocks.push(Block::Line("no subject in common".into()));
        } else {
            let mut g = Grid::new(&["subject", &self.a, &self.b, "verdict"]);
            for (subject, ia, ib, p) in &self.diff.shared {
                g.push(vec![
                    subject.clone(),
                    self.figure(*ia),
                    self.figure(*ib),
                    verdict(p, &claims[*ia], &claims[*ib], style),
                ]);
            }
            blocks.push(Block::Table(g));
        }
        for (name, only) in [(&self.a, &self.diff.only_a), (&self.b, &self.diff.only_b)] {
            blocks.push(Block::Heading(3, format!("only {name} ({})", only.len())));
            if only.is_empty() {
                blocks.push(Block::Line("nothing".into()));
                continue;
            }
            let mut g = Grid::new(&["subject", "value", "stated"]);
            for (subject, i) in only {
                g.push(vec![
                    subject.clone(),
                    format!(
                        "{}{}",
                        form::claim_short_unit(&claims[*i]),
                        form::disputed(&claims[*i])
                    ),
                    self.stated(*i),
                ]);
            }
            blocks.push(Block::Table(g));
        }
        blocks
    }

    fn csv(&self) -> Grid {
        let claims = &self.repo.claims;
        let mut g = Grid::new(&[
            "subject", "coverage", "a_value", "b_value", "verdict", "gap", "a_unit", "b_unit",
        ]);
        let value = |i: &usize| claims[*i].value.to_string();
        let unit = |i: &usize| claims[*i].unit.as_deref().unwrap_or_default().to_string();
        for (subject, ia, ib, p) in &self.diff.shared {
            g.push(vec![
                subject.clone(),
                "both".into(),
                value(ia),
                value(ib),
                if p.agree { "agree" } else { "conflict" }.into(),
                p.gap.map(super::number::plain).unwrap_or_default(),
                unit(ia),
                unit(ib),
            ]);
        }
        for (subject, i) in &self.diff.only_a {
            g.push(vec![
                subject.clone(),
                "only_a".into(),
                value(i),
                String::new(),
                String::new(),
                String::new(),
                unit(i),
                String::new(),
            ]);
        }
        for (subject, i) in &self.diff.only_b {
            g.push(vec![
                subject.clone(),
                "only_b".into(),
                String::new(),
                value(i),
                String::new(),
                String::new(),
                String::new(),
                unit(i),
            ]);
        }
        g
    }

    fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        super::write_json(&self.json(), out)
    }
}

impl SourceDiffView<'_> {
    fn json(&self) -> Value {
        let shared: Vec<Value> = self
            .diff
            .shared
            .iter()
            .map(|(subject, ia, ib, p)| {
                json!({
                    "subject": subject,
                    "a": self.side(*ia),
                    "b": self.side(*ib),
                    "agree": p.agree,
                    "gap": json_opt(p.gap),
                    "diff": p.words.as_ref().map(|w| wordiff::plain(w)),
                })
            })
            .collect();
        let only = |list: &Vec<(String, usize)>| -> Vec<Value> {
            list.iter()
                .map(|(s, i)| json!({"subject": s, "claim": self.side(*i)}))
                .collect()
        };
        json!({
            "a": self.a,
            "b": self.b,
            "shared": shared,
            "only_a": only(&self.diff.only_a),
            "only_b": only(&self.diff.only_b),
        })
    }
}
