//! A JSON Schema of the claim file, for editors that validate TOML while
//! typing (taplo, Even Better TOML). Built from the same key lists the
//! reader uses, so the two cannot drift apart.

use serde_json::{Map, Value, json};

use crate::model::{Basis, Status};
use crate::schema::{CLAIM_KEYS, DOCUMENT_KEYS, SOURCE_KEYS, SUBJECT_KEYS, UNKNOWN_DATE};

fn date(extra_unknown: bool) -> Value {
    let pattern = if extra_unknown {
        format!(r"^(\d{{4}}(-\d{{2}}(-\d{{2}})?)?|{UNKNOWN_DATE})$")
    } else {
        r"^\d{4}(-\d{2}(-\d{2})?)?$".to_string()
    };
    json!({
        "description": "A TOML date or date-time, or a string: \"2025-09-02\", \"2025-09\" (a month) or \"2025\" (a year)",
        "anyOf": [
            {"type": "string", "format": "date"},
            {"type": "string", "format": "date-time"},
            {"type": "string", "pattern": pattern},
        ]
    })
}

fn string(description: &str) -> Value {
    json!({"type": "string", "description": description})
}

fn strings(description: &str) -> Value {
    json!({"type": "array", "items": {"type": "string"}, "description": description})
}

fn id(description: &str) -> Value {
    json!({"type": "string", "pattern": "^[a-z0-9][a-z0-9._/-]*$", "description": description})
}

fn reliability() -> Value {
    json!({"type": "string", "pattern": "^[A-F][1-6]$", "description": "Admiralty grade: a letter A–F then a digit 1–6, e.g. \"B2\""})
}

fn object(
    keys: &[&str],
    property: impl Fn(&str) -> Value,
    required: &[&str],
    description: &str,
) -> Value {
    let mut properties = Map::new();
    for k in keys {
        properties.insert((*k).to_string(), property(k));
    }
    json!({
        "type": "object",
        "description": description,
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

fn claim_property(key: &str) -> Value {
    match key {
        "id" => id("Unique in the whole repository"),
        "subject" => string(
            "What is measured; claims with the same subject are compared, e.g. \"nk-troops-in-russia/deaths\"",
        ),
        "source" => string("Who asserts the figure (the originator), not who relayed it"),
        "via" => strings("Who relayed it, originator side first"),
        "value" => json!({
            "description": "The figure as stated: a number, a string such as \"about 2,000\" or \"at least 600\", or { low, high, best }",
            "anyOf": [
                {"type": "integer"},
                {"type": "number"},
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "properties": {"low": {"type": "number"}, "high": {"type": "number"}, "best": {"type": "number"}},
                    "additionalProperties": false,
                    "minProperties": 1,
                },
            ]
        }),
        "unit" => string("e.g. \"deaths\", \"troops\", \"percent\""),
        "stated" => date(true),
        "as_of" => date(false),
        "supersedes" => id("Id of the claim of the same subject and source that this one revises"),
        "quote" => string("The sentence the figure was read from, verbatim"),
        "kind" => json!({"enum": ["figure", "statement"], "default": "figure"}),
        "reliability" => reliability(),
        "note" => string("The analyst's remark"),
        "tags" => strings("Free labels"),
        "basis" => {
            json!({"enum": Basis::ALL.iter().map(|b| b.as_str()).collect::<Vec<_>>(), "default": "reported"})
        }
        "status" => {
            json!({"enum": Status::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(), "default": "current"})
        }
        "status_reason" => string("Why the claim is disputed or retracted"),
        _ => json!({}),
    }
}

/// The JSON Schema (draft 2020-12) of a claim file.
pub fn schema() -> Value {
    let document = object(
        DOCUMENT_KEYS,
        |k| match k {
            "authors" => strings("Bylines"),
            "published" | "updated" => date(false),
            _ => json!({"type": "string"}),
        },
        &[],
        "Where the claims in this file were read",
    );
    let claim = object(
        CLAIM_KEYS,
        claim_property,
        &["id", "subject", "source", "value"],
        "One figure or statement from one source",
    );
    let source = object(
        SOURCE_KEYS,
        |k| match k {
            "reliability" => reliability(),
            _ => json!({"type": "string"}),
        },
        &["id"],
        "A declared source; when any is declared, every claim's source must be",
    );
    let subject = object(
        SUBJECT_KEYS,
        |_| json!({"type": "string"}),
        &["id"],
        "A declared subject; when any is declared, every claim's subject must be",
    );
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "claimtrack claim file",
        "type": "object",
        "properties": {
            "document": document,
            "claim": {"type": "array", "items": claim},
            "source": {"type": "array", "items": source},
            "subject": {"type": "array", "items": subject},
        },
        "additionalProperties": false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_lists_exactly_the_keys_the_reader_accepts() {
        let s = schema();
        let keys = |table: &Value| -> Vec<String> {
            table["properties"]
                .as_object()
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default()
        };
        assert_eq!(keys(&s["properties"]["claim"]["items"]), CLAIM_KEYS);
        assert_eq!(keys(&s["properties"]["document"]), DOCUMENT_KEYS);
        assert_eq!(keys(&s["properties"]["source"]["items"]), SOURCE_KEYS);
        assert_eq!(keys(&s["properties"]["subject"]["items"]), SUBJECT_KEYS);
        assert_eq!(
            s["properties"]["claim"]["items"]["additionalProperties"],
            false
        );
        assert_eq!(
            s["properties"]["claim"]["items"]["required"],
            json!(["id", "subject", "source", "value"])
        );
    }
}
