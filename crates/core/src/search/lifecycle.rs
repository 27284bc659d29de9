//! The search index's life as a value: built a slice at a time after the
//! list's first paint, then ready. Whoever builds it owns it and moves it
//! from state to state (the widget: one hook, which hands the finished
//! index to the reducer); nothing in it changes behind a shared reference.
//! An index loaded ready-made, or built in a worker, would enter as
//! [`Search::Ready`].

use std::rc::Rc;

use super::build::IndexBuilder;
use super::index::{FieldWeights, Index};
use crate::archive::Archive;

/// The search index of one archive, being built or ready.
#[derive(Debug)]
pub enum Search {
    /// Being built: the episodes indexed so far, or the finishing work.
    Building(Box<IndexBuilder>),
    /// Built.
    Ready(Rc<Index>),
}

impl Search {
    /// A build not yet started, with the default field weights.
    pub fn start(archive: &Archive) -> Self {
        Self::Building(Box::new(IndexBuilder::new(
            &archive.episodes,
            FieldWeights::default(),
        )))
    }

    /// About `count` episodes' worth of work more (see
    /// [`IndexBuilder::step`]); ready once the last piece is done.
    pub fn step(self, archive: &Archive, count: usize) -> Self {
        match self {
            Self::Building(mut builder) => {
                if builder.step(&archive.episodes, count) {
                    Self::Ready(Rc::new(builder.finish(&archive.episodes)))
                } else {
                    Self::Building(builder)
                }
            }
            ready => ready,
        }
    }

    /// The index, finishing what is left of the build now.
    pub fn finish(self, archive: &Archive) -> Rc<Index> {
        match self {
            Self::Building(builder) => Rc::new(builder.finish(&archive.episodes)),
            Self::Ready(index) => index,
        }
    }

    /// The index, if it is ready.
    pub fn ready(&self) -> Option<&Rc<Index>> {
        match self {
            Self::Ready(index) => Some(index),
            Self::Building(_) => None,
        }
    }
}
