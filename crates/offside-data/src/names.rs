//! Name matching: one normal form for every spelling a writer or a source uses,
//! and "did you mean" suggestions when nothing matches.

use rustc_hash::FxHashMap;

/// The form every name is compared in: ASCII (accents dropped), lower case,
/// punctuation other than letters and digits turned into single spaces.
/// "Côte d'Ivoire" and "cote d ivoire" compare equal; so do "Mbappé" and "MBAPPE".
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let push_word_char = |c: char, out: &mut String| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            // Apostrophes join ("N'Golo", "d'Ivoire") rather than split words.
            if c == '\'' {
                continue;
            }
            push_word_char(c, &mut out);
        } else if c == '\u{2019}' || c == '\u{2018}' {
            continue;
        } else {
            let mut buf = [0u8; 4];
            for d in deunicode::deunicode(c.encode_utf8(&mut buf)).chars() {
                if d == '\'' {
                    continue;
                }
                push_word_char(d, &mut out);
            }
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A name index that may be decoded only when first asked for: a check
/// never looks a team or player up by name (its gazetteer was built at
/// compile time), and decoding those two indexes was a sixth of the start-up.
pub(crate) struct LazyIndex<T: Copy + PartialEq> {
    index: std::sync::OnceLock<NameIndex<T>>,
    decode: Option<Box<dyn Fn() -> NameIndex<T> + Send + Sync>>,
}

impl<T: Copy + PartialEq> LazyIndex<T> {
    pub(crate) fn ready(index: NameIndex<T>) -> Self {
        Self {
            index: std::sync::OnceLock::from(index),
            decode: None,
        }
    }

    pub(crate) fn lazy(decode: impl Fn() -> NameIndex<T> + Send + Sync + 'static) -> Self {
        Self {
            index: std::sync::OnceLock::new(),
            decode: Some(Box::new(decode)),
        }
    }

    pub(crate) fn get(&self) -> &NameIndex<T> {
        self.index.get_or_init(|| match &self.decode {
            Some(decode) => decode(),
            None => NameIndex::default(),
        })
    }
}

impl<T: Copy + PartialEq> Default for LazyIndex<T> {
    fn default() -> Self {
        Self::ready(NameIndex::default())
    }
}

impl<T: Copy + PartialEq + std::fmt::Debug> std::fmt::Debug for LazyIndex<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// Looks names up in normal form. Several keys may point to one item, and one
/// key may point to several items (an ambiguous surname).
#[derive(Clone, Debug)]
pub struct NameIndex<T: Copy + PartialEq> {
    map: FxHashMap<String, Items<T>>,
}

/// The items under one key: almost always one, kept inline.
#[derive(Clone, Debug)]
pub(crate) enum Items<T> {
    One(T),
    Many(Vec<T>),
}

impl<T: Copy + PartialEq> Items<T> {
    pub(crate) fn as_slice(&self) -> &[T] {
        match self {
            Items::One(item) => std::slice::from_ref(item),
            Items::Many(items) => items,
        }
    }

    fn push(&mut self, item: T) {
        match self {
            Items::One(first) if *first != item => *self = Items::Many(vec![*first, item]),
            Items::Many(items) if !items.contains(&item) => items.push(item),
            _ => {}
        }
    }
}

impl<T: Copy + PartialEq> Default for NameIndex<T> {
    fn default() -> Self {
        Self {
            map: FxHashMap::default(),
        }
    }
}

impl<T: Copy + PartialEq> NameIndex<T> {
    pub fn insert(&mut self, name: &str, item: T) {
        self.insert_normalized(normalize(name), item);
    }

    /// Inserts under a key already in normal form (saves normalising twice).
    pub fn insert_normalized(&mut self, key: String, item: T) {
        if key.is_empty() {
            return;
        }
        match self.map.entry(key) {
            std::collections::hash_map::Entry::Occupied(mut slot) => slot.get_mut().push(item),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(Items::One(item));
            }
        }
    }

    /// Every item with this name (normalised); empty when none.
    pub fn get(&self, name: &str) -> &[T] {
        self.get_normalized(&normalize(name))
    }

    pub fn get_normalized(&self, key: &str) -> &[T] {
        self.map.get(key).map(Items::as_slice).unwrap_or(&[])
    }

    /// Up to `n` names closest to `name`, best first, for "did you mean";
    /// `display` gives the name to show for an item.
    pub fn suggest(&self, name: &str, n: usize, display: impl Fn(T) -> String) -> Vec<String> {
        let key = normalize(name);
        let mut scored: Vec<(f64, &str, T)> = self
            .map
            .iter()
            .map(|(k, items)| {
                let mut s = strsim::jaro_winkler(&key, k);
                if k.starts_with(&key) || key.starts_with(k.as_str()) {
                    s += 0.1;
                }
                (s, k.as_str(), items.as_slice()[0])
            })
            .filter(|(s, _, _)| *s > 0.75)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        let mut out: Vec<String> = Vec::new();
        for (_, _, item) in scored {
            let d = display(item);
            if !out.contains(&d) {
                out.push(d);
            }
            if out.len() == n {
                break;
            }
        }
        out
    }

    pub fn keys(&self) -> impl Iterator<Item = (&str, &[T])> {
        self.map.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    /// An index with these keys (already in normal form, none empty) and
    /// items, as [`NameIndex::keys`] lists them.
    pub(crate) fn from_map(map: FxHashMap<String, Items<T>>) -> Self {
        Self { map }
    }

    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_punctuation_fold() {
        assert_eq!(normalize("Côte d'Ivoire"), "cote divoire");
        assert_eq!(normalize("Kylian MBAPPÉ"), "kylian mbappe");
        assert_eq!(normalize("Bosnia-Herzegovina"), "bosnia herzegovina");
        assert_eq!(normalize("  Ángel  Di María "), "angel di maria");
        assert_eq!(normalize("N’Golo Kanté"), "ngolo kante");
    }

    #[test]
    fn suggestions_rank_close_names_first() {
        let mut idx = NameIndex::default();
        for (i, n) in ["England", "Scotland", "Wales", "Iceland"]
            .iter()
            .enumerate()
        {
            idx.insert(n, i);
        }
        let names = ["England", "Scotland", "Wales", "Iceland"];
        assert_eq!(
            idx.suggest("Englnd", 2, |i| names[i].to_string())[0],
            "England"
        );
        assert!(idx.get("england").contains(&0));
        assert!(idx.get("Engand").is_empty());
    }
}

/// Other romanisations of a Russian surname in its normal form, which
/// writers use interchangeably: "-sky", "-skiy" and "-skii"; "-eev" and
/// "-eyev", "-oev" and "-oyev". Empty for any other name.
pub fn romanisations(surname: &str) -> Vec<String> {
    const SWAPS: &[(&str, &[&str])] = &[
        ("skiy", &["sky", "skii"]),
        ("skii", &["sky", "skiy"]),
        ("sky", &["skiy", "skii"]),
        ("eyev", &["eev"]),
        ("eev", &["eyev"]),
        ("oyev", &["oev"]),
        ("oev", &["oyev"]),
    ];
    SWAPS
        .iter()
        .find(|(end, _)| surname.len() > end.len() + 2 && surname.ends_with(end))
        .map(|(end, alts)| {
            let stem = &surname[..surname.len() - end.len()];
            alts.iter().map(|a| format!("{stem}{a}")).collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod romanisation_tests {
    #[test]
    fn russian_endings_swap_both_ways() {
        assert_eq!(super::romanisations("gazinsky"), ["gazinskiy", "gazinskii"]);
        assert_eq!(super::romanisations("gazinskiy"), ["gazinsky", "gazinskii"]);
        assert_eq!(super::romanisations("akinfeev"), ["akinfeyev"]);
        assert_eq!(super::romanisations("dzagoev"), ["dzagoyev"]);
        assert!(super::romanisations("lewandowski").is_empty());
        assert!(super::romanisations("sky").is_empty());
    }
}
