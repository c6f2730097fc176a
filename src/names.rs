//! One shared string per name: the claims of a subject are spread over
//! many files, read on several threads, and hold one string between them.

use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::FxHashSet;

/// The names seen so far, shared by the threads reading files.
#[derive(Debug, Default)]
pub struct Names {
    seen: Mutex<FxHashSet<Arc<str>>>,
}

impl Names {
    /// The shared string for `name`, made on first sight.
    pub fn get(&self, name: &str) -> Arc<str> {
        // A thread that panicked while holding the lock left the set as
        // it was (an insert is all it does): go on with it.
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(shared) = seen.get(name) {
            return shared.clone();
        }
        let shared: Arc<str> = name.into();
        seen.insert(shared.clone());
        shared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_string_per_name() {
        let names = Names::default();
        let (a, b) = (names.get("nk/deaths"), names.get("nk/deaths"));
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*a, "nk/deaths");
        assert!(!Arc::ptr_eq(&a, &names.get("nk/troops")));
    }
}
