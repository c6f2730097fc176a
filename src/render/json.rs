//! Pretty JSON, streamed: documents are written piece by piece, byte for
//! byte as `serde_json::to_writer_pretty` would write them whole, so large
//! outputs never sit in memory at once.

use std::io::{self, Write};

use serde_json::ser::{Formatter, Serializer};

/// Pretty JSON with a final newline.
pub fn write_json(value: &serde_json::Value, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Write `value` pretty-printed as if it stood `level` levels deep in a
/// larger pretty-printed document (continuation lines indented).
pub fn write_nested<W: Write + ?Sized>(
    value: &impl serde::Serialize,
    level: usize,
    out: &mut W,
) -> io::Result<()> {
    let mut serializer = Serializer::with_formatter(out, Indented::at(level));
    value.serialize(&mut serializer)?;
    Ok(())
}

/// A newline and the indentation of the deepest level written in one go;
/// deeper levels write the rest in further pieces.
const NEWLINE_AND_SPACES: &[u8; 129] = &{
    let mut line = [b' '; 129];
    line[0] = b'\n';
    line
};

/// serde_json's `PrettyFormatter` (two spaces a level), starting `level`
/// levels deep, writing each newline and its indentation in one piece.
struct Indented {
    level: usize,
    has_value: bool,
}

impl Indented {
    fn at(level: usize) -> Self {
        Indented {
            level,
            has_value: false,
        }
    }

    fn newline<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        let mut spaces = self.level * 2;
        let first = spaces.min(NEWLINE_AND_SPACES.len() - 1);
        out.write_all(&NEWLINE_AND_SPACES[..=first])?;
        spaces -= first;
        while spaces > 0 {
            let more = spaces.min(NEWLINE_AND_SPACES.len() - 1);
            out.write_all(&NEWLINE_AND_SPACES[1..=more])?;
            spaces -= more;
        }
        Ok(())
    }

    fn open<W: Write + ?Sized>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: Write + ?Sized>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.newline(out)?;
        }
        out.write_all(bracket)
    }

    fn element<W: Write + ?Sized>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        self.newline(out)
    }
}

impl Formatter for Indented {
    #[inline]
    fn begin_array<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    #[inline]
    fn end_array<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    #[inline]
    fn begin_array_value<W: Write + ?Sized>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.element(out, first)
    }

    #[inline]
    fn end_array_value<W: Write + ?Sized>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    #[inline]
    fn begin_object<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    #[inline]
    fn end_object<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    #[inline]
    fn begin_object_key<W: Write + ?Sized>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.element(out, first)
    }

    #[inline]
    fn begin_object_value<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    #[inline]
    fn end_object_value<W: Write + ?Sized>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// A JSON array written element by element, byte for byte as
/// `serde_json::to_writer_pretty` would write the whole array, so large
/// outputs stream instead of being built in memory first.
pub struct JsonArray<'a> {
    out: &'a mut dyn Write,
    level: usize,
    count: usize,
}

impl<'a> JsonArray<'a> {
    /// Start an array that stands `level` levels deep.
    pub fn new(out: &'a mut dyn Write, level: usize) -> io::Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonArray {
            out,
            level,
            count: 0,
        })
    }

    /// The separator and indentation before the next element.
    fn separate(&mut self) -> io::Result<()> {
        if self.count > 0 {
            self.out.write_all(b",")?;
        }
        Indented::at(self.level + 1).newline(self.out)
    }

    pub fn push(&mut self, value: &impl serde::Serialize) -> io::Result<()> {
        self.separate()?;
        write_nested(value, self.level + 1, &mut self.out)?;
        self.count += 1;
        Ok(())
    }

    /// Push many elements, serialising them in parallel and writing them
    /// in order ([`super::ordered::write_in_order`]: in chunks, so memory
    /// stays bounded).
    pub fn extend_parallel<T, F, V>(&mut self, items: &[T], make: F) -> io::Result<()>
    where
        T: Sync,
        F: Fn(&T) -> V + Sync,
        V: serde::Serialize,
    {
        let level = self.level + 1;
        super::ordered::write_in_order(
            items,
            |item, text| write_nested(&make(item), level, text),
            |text| {
                self.separate()?;
                self.out.write_all(text)?;
                self.count += 1;
                Ok(())
            },
        )
    }

    pub fn finish(self) -> io::Result<()> {
        if self.count > 0 {
            Indented::at(self.level).newline(self.out)?;
        }
        self.out.write_all(b"]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_arrays_match_serde_json() {
        let items = [
            serde_json::json!({"a": [1, 2], "b": {"c": null}}),
            serde_json::json!([]),
            serde_json::json!("x"),
        ];
        for n in 0..=items.len() {
            let mut streamed = Vec::new();
            let mut a = JsonArray::new(&mut streamed, 0).unwrap();
            for v in &items[..n] {
                a.push(v).unwrap();
            }
            a.finish().unwrap();
            let mut parallel = Vec::new();
            let mut b = JsonArray::new(&mut parallel, 0).unwrap();
            b.extend_parallel(&items[..n], |v| v.clone()).unwrap();
            b.finish().unwrap();
            assert_eq!(parallel, streamed);
            let whole = serde_json::to_vec_pretty(&items[..n].to_vec()).unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                String::from_utf8(whole).unwrap()
            );
        }
    }

    /// Chunks are sized from the elements' text: big elements (a report's
    /// subjects) and many small ones both come out whole and in order.
    #[test]
    fn parallel_chunks_keep_every_element_in_order() {
        let items: Vec<serde_json::Value> = (0..3000)
            .map(|i| match i % 3 {
                0 => serde_json::json!(i),
                1 => serde_json::json!({"i": i, "text": "x".repeat(i * 7)}),
                _ => serde_json::json!([i, [i + 1]]),
            })
            .collect();
        let mut parallel = Vec::new();
        let mut b = JsonArray::new(&mut parallel, 1).unwrap();
        b.extend_parallel(&items, |v| v.clone()).unwrap();
        b.finish().unwrap();
        let back: Vec<serde_json::Value> = serde_json::from_slice(&parallel).unwrap();
        assert_eq!(back, items);
    }

    /// Nested text is what serde_json's pretty printer writes, with every
    /// continuation line moved right by the level, however deep the value.
    #[test]
    fn nested_text_is_pretty_json_indented_by_its_level() {
        let mut deep = serde_json::json!({"leaf": [1, {}, [], "a\nb"]});
        for i in 0..70 {
            deep = serde_json::json!({ format!("k{i}"): [deep, null] });
        }
        let pretty = serde_json::to_string_pretty(&deep).unwrap();
        for level in [0, 1, 3, 65] {
            let mut text = Vec::new();
            write_nested(&deep, level, &mut text).unwrap();
            let pad = "  ".repeat(level);
            let expected = pretty.replace('\n', &format!("\n{pad}"));
            assert_eq!(String::from_utf8(text).unwrap(), expected, "level {level}");
        }
    }
}
