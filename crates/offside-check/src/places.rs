//! The data's stadiums (with their cities) and cities (with their
//! countries), normalised, for the venue rule. Normalising every distinct
//! place takes longer than checking an article, so for the store compiled
//! in, `build.rs` (which includes this file) writes them out with
//! [`Places::encode`], and a run only splits the lines.

use offside_data::Store;
use offside_text::normalize_phrase;

#[derive(Clone, Debug, PartialEq)]
pub struct Places {
    /// (stadium, city), both normalised, sorted.
    pub grounds: Vec<(String, String)>,
    /// (city normalised, country as the data writes it), in match order.
    pub cities: Vec<(String, String)>,
}

impl Places {
    /// Each distinct place is normalised once: a few thousand, not 49,000.
    pub fn build(store: &Store) -> Self {
        let mut seen = rustc_hash::FxHashSet::default();
        let mut grounds: Vec<(String, String)> = store
            .matches
            .iter()
            .filter_map(|x| x.ground.as_deref())
            .filter(|g| seen.insert(*g))
            .filter_map(|g| {
                let (name, city) = g.rsplit_once(',')?;
                Some((place_key(name), place_key(city)))
            })
            .collect();
        grounds.sort_unstable();
        grounds.dedup();
        let mut seen = rustc_hash::FxHashSet::default();
        let cities = store
            .matches
            .iter()
            .filter(|x| seen.insert((&*x.city, &*x.country)))
            .map(|x| (place_key(&x.city), x.country.to_string()))
            .collect();
        Places { grounds, cities }
    }

    /// One line a place: `g<TAB>stadium<TAB>city` or `c<TAB>city<TAB>country`.
    // Only build.rs and the tests write places.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (tag, list) in [("g", &self.grounds), ("c", &self.cities)] {
            for (a, b) in list {
                assert!(
                    !(a.contains(['\t', '\n']) || b.contains(['\t', '\n'])),
                    "a place name with a tab or line break: {a:?} {b:?}"
                );
                out.push_str(tag);
                out.push('\t');
                out.push_str(a);
                out.push('\t');
                out.push_str(b);
                out.push('\n');
            }
        }
        out
    }

    /// Reads what [`Places::encode`] wrote.
    pub fn decode(text: &str) -> Self {
        let mut places = Places {
            grounds: Vec::new(),
            cities: Vec::new(),
        };
        for line in text.lines() {
            let mut parts = line.splitn(3, '\t');
            let (Some(tag), Some(a), Some(b)) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            let list = if tag == "g" {
                &mut places.grounds
            } else {
                &mut places.cities
            };
            list.push((a.to_string(), b.to_string()));
        }
        places
    }
}

/// A place's name for comparison: normalised, with the abbreviations
/// writers and sources use either way spelt out ("St Petersburg", "Saint
/// Petersburg").
pub fn place_key(name: &str) -> String {
    normalize_phrase(name)
        .split(' ')
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            "mt" => "mount",
            "ft" => "fort",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}
