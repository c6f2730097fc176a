//! Rendering many items in parallel and writing them in order: each item is
//! rendered into its own buffer on the thread pool, a chunk at a time, and
//! the buffers are written out in the items' order, so large outputs use
//! every core without being built whole in memory.

use std::io;

use rayon::prelude::*;

/// Bytes of text a chunk aims at: a chunk holds its items' text until it
/// is written.
const CHUNK_BYTES: usize = 1 << 20;
/// Items in the first chunk (and the fewest in any): enough to keep every
/// core busy.
const FIRST_CHUNK: usize = 64;
/// The most items in a chunk, however small they are.
const MAX_CHUNK: usize = 8192;

/// Render every item with `render` (in parallel) and hand the texts to
/// `emit` in the items' order. Chunks are sized to about `CHUNK_BYTES`
/// from the size of the items so far (a claim is under 1 KB of JSON, a
/// report's subject 20 KB or more), and each buffer starts at about the
/// size of the items so far, so it seldom grows.
///
/// The first error, of `render` for the earliest item or of `emit`, ends
/// the writing; what was emitted before it stays emitted.
pub fn write_in_order<T, R, E>(items: &[T], render: R, mut emit: E) -> io::Result<()>
where
    T: Sync,
    R: Fn(&T, &mut Vec<u8>) -> io::Result<()> + Sync,
    E: FnMut(&[u8]) -> io::Result<()>,
{
    let (mut at, mut len, mut each) = (0, FIRST_CHUNK, 0);
    while at < items.len() {
        let chunk = &items[at..items.len().min(at + len)];
        let texts: Vec<io::Result<Vec<u8>>> = chunk
            .par_iter()
            .map(|item| {
                let mut text = Vec::with_capacity(each + each / 4);
                render(item, &mut text)?;
                Ok(text)
            })
            .collect();
        let mut bytes = 0;
        for text in texts {
            let text = text?;
            bytes += text.len();
            emit(&text)?;
        }
        at += chunk.len();
        each = (bytes / chunk.len()).max(1);
        len = (CHUNK_BYTES / each).clamp(FIRST_CHUNK, MAX_CHUNK);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items of very different sizes (so chunks of different lengths) come
    /// out whole, once each and in order.
    #[test]
    fn every_item_is_written_once_in_order() {
        let items: Vec<usize> = (0..20_000).collect();
        let mut out = Vec::new();
        let mut emitted = 0;
        write_in_order(
            &items,
            |&i, text| {
                // Now and then a large item, so the chunk length changes.
                let width = if i % 997 == 0 { 300_000 } else { i % 50 };
                text.extend(format!("{i}:{}\n", "x".repeat(width)).bytes());
                Ok(())
            },
            |text| {
                emitted += 1;
                out.extend_from_slice(text);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(emitted, items.len());
        let numbers: Vec<usize> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| l.split(':').next().unwrap().parse().unwrap())
            .collect();
        assert_eq!(numbers, items);
    }

    /// A render error stops the writing before the failing item; nothing
    /// after it is emitted.
    #[test]
    fn a_render_error_stops_at_its_item() {
        let items: Vec<usize> = (0..500).collect();
        let mut out = Vec::new();
        let e = write_in_order(
            &items,
            |&i, text| {
                if i == 300 {
                    return Err(io::Error::other("item 300"));
                }
                text.push(b'.');
                Ok(())
            },
            |text| {
                out.extend_from_slice(text);
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "item 300");
        assert_eq!(out.len(), 300);
    }

    #[test]
    fn an_emit_error_is_returned() {
        let e = write_in_order(
            &[1, 2, 3],
            |_, text| {
                text.push(b'.');
                Ok(())
            },
            |_| Err(io::Error::from(io::ErrorKind::BrokenPipe)),
        )
        .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
    }
}
