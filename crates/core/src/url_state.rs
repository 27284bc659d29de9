//! The reader's view in the page URL, so a link restores it: the keyword,
//! the chosen categories and the open post, under a namespaced query
//! parameter prefix (`ea.q`, `ea.c`, `ea.e` by default) that never touches
//! the host page's own parameters.

use form_urlencoded::{parse, Serializer};

/// The parameter prefix used when the embedder names none.
pub const DEFAULT_NAMESPACE: &str = "ea";

/// What the URL remembers of the view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlState {
    /// The keyword query.
    pub query: String,
    /// Chosen categories, in the order chosen.
    pub categories: Vec<String>,
    /// The id of the open post, if one is shared.
    pub expanded: Option<String>,
}

impl UrlState {
    /// Whether there is nothing to remember.
    pub fn is_empty(&self) -> bool {
        self.query.is_empty() && self.categories.is_empty() && self.expanded.is_none()
    }
}

fn keys(namespace: &str) -> [String; 3] {
    ["q", "c", "e"].map(|k| format!("{namespace}.{k}"))
}

/// Reads the view from a URL's query string (with or without the `?`).
pub fn read(search: &str, namespace: &str) -> UrlState {
    let [q, c, e] = keys(namespace);
    let mut state = UrlState::default();
    for (key, value) in parse(search.trim_start_matches('?').as_bytes()) {
        if key == q {
            state.query = value.into_owned();
        } else if key == c && !value.is_empty() && !state.categories.iter().any(|v| *v == value) {
            state.categories.push(value.into_owned());
        } else if key == e && !value.is_empty() {
            state.expanded = Some(value.into_owned());
        }
    }
    state
}

/// Writes the view into a URL's query string, keeping every other
/// parameter as it was and in its place; returns the new query string with
/// its `?`, or an empty string when nothing is left.
pub fn write(search: &str, namespace: &str, state: &UrlState) -> String {
    let [q, c, e] = keys(namespace);
    let mut out = Serializer::new(String::new());
    for (key, value) in parse(search.trim_start_matches('?').as_bytes()) {
        if key != q && key != c && key != e {
            out.append_pair(&key, &value);
        }
    }
    if !state.query.is_empty() {
        out.append_pair(&q, &state.query);
    }
    for category in &state.categories {
        out.append_pair(&c, category);
    }
    if let Some(id) = &state.expanded {
        out.append_pair(&e, id);
    }
    let query = out.finish();
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(query: &str, categories: &[&str], expanded: Option<&str>) -> UrlState {
        UrlState {
            query: query.into(),
            categories: categories.iter().map(|s| s.to_string()).collect(),
            expanded: expanded.map(Into::into),
        }
    }

    #[test]
    fn views_round_trip_through_the_url() {
        let cases = [
            state("", &[], None),
            state("deep learning", &[], None),
            state("café & co=1?#", &["Deep learning", "NLP"], Some("ep-118")),
            state("", &["Ethics"], None),
            state("", &[], Some("a/b c")),
        ];
        for case in cases {
            for host in ["", "?page=2", "?utm_source=x&ea=keep&q=host"] {
                let written = write(host, DEFAULT_NAMESPACE, &case);
                assert_eq!(
                    read(&written, DEFAULT_NAMESPACE),
                    case,
                    "{host} → {written}"
                );
            }
        }
    }

    #[test]
    fn the_hosts_parameters_are_kept_in_place() {
        let written = write(
            "?page=2&ea.q=old&q=host",
            "ea",
            &state("new", &["NLP"], None),
        );
        assert_eq!(written, "?page=2&q=host&ea.q=new&ea.c=NLP");
        assert_eq!(
            write("?page=2&ea.q=old", "ea", &UrlState::default()),
            "?page=2"
        );
        assert_eq!(write("?ea.q=old", "ea", &UrlState::default()), "");
    }

    #[test]
    fn namespaces_keep_two_widgets_apart() {
        let url = write("", "show1", &state("rust", &[], None));
        let url = write(&url, "show2", &state("yew", &[], Some("x")));
        assert_eq!(read(&url, "show1"), state("rust", &[], None));
        assert_eq!(read(&url, "show2"), state("yew", &[], Some("x")));
        assert_eq!(read(&url, "ea"), UrlState::default());
    }

    #[test]
    fn odd_urls_read_safely() {
        assert_eq!(
            read("?ea.c=&ea.c=A&ea.c=A&ea.e=", "ea"),
            state("", &["A"], None)
        );
        assert_eq!(read("ea.q=%E2%82%AC+sign", "ea").query, "€ sign");
        assert_eq!(read("?ea.q=%ZZ&%%%", "ea").query, "%ZZ");
    }
}
