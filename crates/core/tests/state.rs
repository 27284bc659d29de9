//! The reducer: actions a reader causes and the state that follows.

use std::rc::Rc;

use episode_archive_core::{
    parse_manifest, Action, ArchiveState, BodyDocument, BodyFormat, BodyState, EpisodeIdx,
    LoadError, LoadState, SortedMap, UrlState,
};

fn loaded() -> ArchiveState {
    let archive = parse_manifest(
        r#"{"version": 1, "title": "S", "episodes": [
            {"id": "a", "title": "A", "categories": ["X"], "body_url": "bodies/a.json"},
            {"id": "b", "title": "B", "categories": ["Y"], "body": "inline"}]}"#,
    )
    .unwrap();
    let state = ArchiveState::new("archive.json").reduce(Action::StartLoading {
        url: "archive.json".into(),
    });
    state.reduce(Action::Loaded(Rc::new(archive)))
}

/// The episode at `position` in the test archive.
fn ep(position: usize) -> EpisodeIdx {
    EpisodeIdx::new(position)
}

fn body(text: &str) -> BodyDocument {
    BodyDocument {
        body: text.into(),
        body_format: BodyFormat::Text,
    }
}

#[test]
fn toggling_categories_and_clearing_filters() {
    let s = loaded()
        .reduce(Action::ToggleCategory("X".into()))
        .reduce(Action::ToggleCategory("Y".into()))
        .reduce(Action::ToggleCategory("X".into()))
        .reduce(Action::SetQuery("words".into()));
    assert_eq!(s.chosen.iter().collect::<Vec<_>>(), ["Y"]);
    assert!(s.is_filtered());
    let s = s.reduce(Action::ClearCategories);
    assert!(s.chosen.is_empty() && s.query == "words");
    let s = s
        .reduce(Action::ToggleCategory("X".into()))
        .reduce(Action::ClearFilters);
    assert!(!s.is_filtered());
}

#[test]
fn expanding_a_body_url_post_asks_for_its_body_once() {
    let s = loaded();
    assert_eq!(s.body_to_fetch(ep(0)), None, "closed posts fetch nothing");
    let s = s.reduce(Action::ToggleExpanded(ep(0)));
    assert_eq!(s.body_to_fetch(ep(0)), Some("bodies/a.json"));
    assert_eq!(s.body_to_fetch(ep(1)), None, "inline bodies need no fetch");
    let g = s.generation;
    let s = s.reduce(Action::BodyLoading {
        idx: ep(0),
        generation: g,
    });
    assert_eq!(s.body_to_fetch(ep(0)), None, "already loading");
    let s = s.reduce(Action::BodyLoaded {
        idx: ep(0),
        generation: g,
        result: Ok(body("full")),
    });
    assert_eq!(
        s.bodies.get(&ep(0)),
        Some(&BodyState::Loaded(Rc::new(body("full"))))
    );
    let s = s
        .reduce(Action::ToggleExpanded(ep(0)))
        .reduce(Action::ToggleExpanded(ep(0)));
    assert_eq!(s.body_to_fetch(ep(0)), None, "loaded bodies are kept");
}

#[test]
fn a_failed_body_is_fetched_again_only_when_the_reader_asks() {
    let s = loaded().reduce(Action::ToggleExpanded(ep(0)));
    let g = s.generation;
    let error = LoadError::Http {
        url: "bodies/a.json".into(),
        status: 500,
        status_text: String::new(),
    };
    let failed = s
        .reduce(Action::BodyLoading {
            idx: ep(0),
            generation: g,
        })
        .reduce(Action::BodyLoaded {
            idx: ep(0),
            generation: g,
            result: Err(error.clone()),
        });
    assert_eq!(failed.bodies.get(&ep(0)), Some(&BodyState::Failed(error)));
    assert!(
        failed.bodies_to_fetch().is_empty(),
        "no retry loop by itself"
    );
    let retried = failed.reduce(Action::RetryBody(ep(0)));
    assert_eq!(
        retried.bodies_to_fetch(),
        [(ep(0), "bodies/a.json".to_string())]
    );
    let reopened = failed
        .reduce(Action::ToggleExpanded(ep(0)))
        .reduce(Action::ToggleExpanded(ep(0)));
    assert_eq!(
        reopened.bodies_to_fetch(),
        [(ep(0), "bodies/a.json".to_string())]
    );
}

#[test]
fn a_body_from_an_earlier_manifest_is_ignored() {
    let s = loaded().reduce(Action::ToggleExpanded(ep(0)));
    let old = s.generation;
    let s = s.reduce(Action::StartLoading {
        url: "other.json".into(),
    });
    let s = s.reduce(Action::BodyLoaded {
        idx: ep(0),
        generation: old,
        result: Ok(body("stale")),
    });
    assert_eq!(s.bodies, SortedMap::new());
    assert!(matches!(s.load, LoadState::Loading { .. }));
}

#[test]
fn reloading_keeps_filters_that_still_apply() {
    let s = loaded()
        .reduce(Action::ToggleCategory("X".into()))
        .reduce(Action::ToggleCategory("Gone".into()));
    let archive = s.archive().unwrap().clone();
    let s = s
        .reduce(Action::StartLoading {
            url: "archive.json".into(),
        })
        .reduce(Action::Loaded(archive));
    assert_eq!(s.chosen.iter().collect::<Vec<_>>(), ["X"]);
}

#[test]
fn load_errors_name_the_url_and_the_reason() {
    let cases = [
        (
            LoadError::Http {
                url: "https://cdn.example.org/a.json".into(),
                status: 404,
                status_text: "Not Found".into(),
            },
            "https://cdn.example.org/a.json could not be loaded: HTTP 404 Not Found",
        ),
        (
            LoadError::Network {
                url: "x.json".into(),
                reason: "Failed to fetch".into(),
            },
            "x.json could not be loaded: network error: Failed to fetch",
        ),
    ];
    for (error, text) in cases {
        assert_eq!(error.to_string(), text);
    }
}

#[test]
fn a_shared_view_restores_filters_and_opens_the_post_once_loaded() {
    let view = UrlState {
        query: "q".into(),
        categories: vec!["Y".into()],
        expanded: Some("b".into()),
    };
    let before_load = ArchiveState::new("archive.json").reduce(Action::Restore(view.clone()));
    assert_eq!(before_load.pending_open.as_deref(), Some("b"));
    assert_eq!(
        before_load.url_state(),
        view,
        "the URL keeps the view while loading"
    );
    let archive = loaded().archive().unwrap().clone();
    let s = before_load.reduce(Action::Loaded(archive));
    assert!(s.expanded.contains(&ep(1)));
    assert_eq!(s.url_state(), view);
    // Restoring on a loaded archive (Back/Forward) replaces the view.
    let s = s.reduce(Action::Restore(UrlState::default()));
    assert!(s.expanded.is_empty() && s.chosen.is_empty() && s.query.is_empty());
    // An unknown id opens nothing and is forgotten.
    let s = s.reduce(Action::Restore(UrlState {
        expanded: Some("nope".into()),
        ..UrlState::default()
    }));
    assert_eq!(s.url_state(), UrlState::default());
}

#[test]
fn the_url_names_the_post_opened_last() {
    let s = loaded()
        .reduce(Action::ToggleExpanded(ep(0)))
        .reduce(Action::ToggleExpanded(ep(1)));
    assert_eq!(s.url_state().expanded.as_deref(), Some("b"));
    let s = s.reduce(Action::ToggleExpanded(ep(1)));
    assert_eq!(s.url_state().expanded, None);
}

#[test]
fn pages_grow_with_show_more_and_reset_when_filters_change() {
    let s = ArchiveState::with_page_size("a.json", 2);
    assert_eq!((s.shown(5), s.shown(1)), (2, 1));
    let s = s.reduce(Action::ShowMore);
    assert_eq!(s.shown(5), 4);
    let s = s.reduce(Action::SetQuery("x".into()));
    assert_eq!(s.shown(5), 2);
    assert_eq!(
        ArchiveState::with_page_size("a.json", 0).shown(500),
        500,
        "0 shows all"
    );
}

#[test]
fn a_shared_post_beyond_the_first_page_is_still_shown() {
    let s = loaded();
    let mut s = ArchiveState {
        page_size: 1,
        limit: 1,
        ..s
    };
    s = s.reduce(Action::Restore(UrlState {
        expanded: Some("b".into()),
        ..UrlState::default()
    }));
    assert_eq!(s.revealed, Some(ep(1)));
    assert_eq!(s.shown_in(&[ep(0), ep(1)]), 2);
    assert_eq!(s.shown_in(&[ep(0)]), 1);
}

#[test]
fn loaded_states_compare_by_archive_identity() {
    // The UI compares states on every render: an archive is compared by
    // identity, never field by field.
    let text = r#"{"version": 1, "title": "S", "episodes": []}"#;
    let one = Rc::new(parse_manifest(text).unwrap());
    let same_content = Rc::new(parse_manifest(text).unwrap());
    assert_eq!(LoadState::Ready(one.clone()), LoadState::Ready(one.clone()));
    assert_ne!(LoadState::Ready(one), LoadState::Ready(same_content));
    let loading = |url: &str| LoadState::Loading { url: url.into() };
    assert_eq!(loading("a"), loading("a"));
    assert_ne!(loading("a"), loading("b"));
}

/// The widget's store hands Yew the same state when an action changes
/// nothing (so nothing renders again); it tells by comparing with this.
#[test]
fn actions_that_change_nothing_leave_an_equal_state() {
    let s = loaded().reduce(Action::SetQuery("words".into()));
    let stale = s.generation - 1;
    let cases: Vec<(&str, Action)> = vec![
        ("the same query again", Action::SetQuery("words".into())),
        ("the same order again", Action::SetSort(s.sort)),
        ("clearing no categories", Action::ClearCategories),
        (
            "retrying a post that did not fail",
            Action::RetryBody(ep(0)),
        ),
        (
            "a post fetched for an earlier manifest",
            Action::BodyLoaded {
                idx: ep(0),
                generation: stale,
                result: Ok(body("old")),
            },
        ),
        (
            "a post fetch started for an earlier manifest",
            Action::BodyLoading {
                idx: ep(0),
                generation: stale,
            },
        ),
    ];
    for (what, action) in cases {
        assert_eq!(s.reduce(action), s, "{what}");
    }
    // And an action that does change it does not compare equal.
    assert_ne!(s.reduce(Action::SetQuery("other".into())), s);
}

#[test]
fn a_fetched_post_is_shared_between_states_not_copied() {
    let s = loaded().reduce(Action::ToggleExpanded(ep(0)));
    let generation = s.generation;
    let s = s.reduce(Action::BodyLoaded {
        idx: ep(0),
        generation,
        result: Ok(body("full")),
    });
    let next = s.reduce(Action::SetQuery("q".into()));
    match (s.bodies.get(&ep(0)), next.bodies.get(&ep(0))) {
        (Some(BodyState::Loaded(a)), Some(BodyState::Loaded(b))) => assert!(Rc::ptr_eq(a, b)),
        other => panic!("the post is not loaded in both states: {other:?}"),
    }
}

/// Found by the reducer property (tests/properties.rs): a post opened in
/// one archive stayed "last opened" in the next, naming a post the reader
/// never opened (or none); and a card could open an episode the archive
/// does not have.
#[test]
fn a_new_manifest_forgets_the_posts_of_the_last_and_unknown_episodes_change_nothing() {
    let state = loaded()
        .reduce(Action::Restore(UrlState {
            expanded: Some("b".into()),
            ..UrlState::default()
        }))
        .reduce(Action::StartLoading {
            url: "other.json".into(),
        });
    assert_eq!((state.last_opened, state.revealed), (None, None));
    let state = loaded();
    for action in [
        Action::ToggleExpanded(ep(2)),
        Action::WantSnippets(vec![ep(7)]),
        Action::BodyLoading {
            idx: ep(9),
            generation: state.generation,
        },
    ] {
        assert_eq!(state.reduce(action.clone()), state, "{action:?}");
    }
    let before = ArchiveState::new("archive.json");
    assert_eq!(
        before.reduce(Action::ToggleExpanded(ep(0))),
        before,
        "nothing loaded yet"
    );
}
