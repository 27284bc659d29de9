//! `episode-archive`: import a feed, check an archive, print its stats.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use episode_archive_cli::embed::{self, EmbedOptions};
use episode_archive_cli::search_index::{self, IndexOptions, Indexed};
use episode_archive_cli::{check, output, stats, BodySource, Options};

#[derive(Parser)]
#[command(
    version,
    about = "Turn a podcast feed or a WordPress export into an episode archive",
    after_help = EXAMPLES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// One example per command, shown under `--help`.
const EXAMPLES: &str = "\
Examples:
  episode-archive import feed.xml --out archive      a feed (or a WordPress export) into archive/
  episode-archive index archive                      the search index of a hand-written archive
  episode-archive check archive/archive.json         every problem, with its JSON path
  episode-archive stats archive/archive.json         episodes per category, largest episodes
  episode-archive embed archive/archive.json --widget https://cdn.jsdelivr.net/npm/episode-archive@1/episode-archive.js --src /archive/archive.json
                                                     the embed snippet with the newest episodes";

#[derive(Subcommand)]
enum Command {
    /// Import an RSS/Atom feed or a WordPress export (WXR) into an archive folder,
    /// with the full-text index of the posts kept in files of their own.
    Import {
        /// The feed file, or `-` for standard input.
        feed: String,
        /// The folder to write (`archive.json`, `bodies/`).
        #[arg(short, long, default_value = "archive")]
        out: PathBuf,
        /// Which element becomes the full post.
        #[arg(long, value_enum, default_value_t = BodySource::Content)]
        body: BodySource,
        /// Characters of plain text in each summary.
        #[arg(long, default_value_t = 280)]
        summary_length: usize,
        /// Posts stay inside the manifest while it is at most this many bytes
        /// with all of them (0: always split).
        #[arg(long, default_value_t = output::DEFAULT_INLINE_LIMIT)]
        inline_limit: usize,
        /// Beyond that, posts larger than this many bytes get their own file
        /// (fetched on first expand; searched through the index).
        #[arg(long, default_value_t = output::DEFAULT_SPLIT_BYTES)]
        split_bodies_over: usize,
        /// Do not write the full-text index (posts in files are then not searched).
        #[arg(long)]
        no_index: bool,
        /// Add this category to every episode (repeatable).
        #[arg(long = "add-category", value_name = "NAME")]
        add_categories: Vec<String>,
        /// Rename a category, FROM=TO (repeatable; case-insensitive).
        #[arg(long = "map-category", value_name = "FROM=TO", value_parser = parse_mapping)]
        map_categories: Vec<(String, String)>,
    },
    /// Build the full-text index of an archive's posts kept in `body_url` files
    /// (for a hand-written manifest): writes `search/` and adds `search` to
    /// `archive.json`.
    Index {
        /// The archive folder (with `archive.json`).
        archive_dir: PathBuf,
        /// Indexes up to this many bytes are one file.
        #[arg(long, default_value_t = search_index::ONE_FILE_BYTES)]
        one_file_bytes: usize,
        /// Larger ones are split into shards of about this many bytes.
        #[arg(long, default_value_t = search_index::SHARD_BYTES)]
        shard_bytes: usize,
    },
    /// Print the embed snippet for an archive: the script tag and the element,
    /// holding the newest episodes as plain HTML until the widget starts.
    Embed {
        /// The archive's `archive.json`.
        archive: PathBuf,
        /// The widget's loader as your page loads it (the stylesheet is beside it).
        #[arg(long, default_value = "episode-archive.js")]
        widget: String,
        /// The manifest's URL as your page fetches it (the element's `src`).
        #[arg(long, default_value = "archive.json")]
        src: String,
        /// How many of the newest episodes the page shows before the widget starts.
        #[arg(long, default_value_t = embed::DEFAULT_EPISODES)]
        episodes: usize,
    },
    /// Validate an archive and its body files; exits non-zero on errors.
    Check {
        /// The archive's `archive.json`.
        archive: PathBuf,
    },
    /// Episodes per category and the largest episodes.
    Stats {
        /// The archive's `archive.json`.
        archive: PathBuf,
        /// How many of the largest episodes to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
}

fn parse_mapping(text: &str) -> Result<(String, String), String> {
    let (from, to) = text.split_once('=').ok_or("expected FROM=TO")?;
    Ok((from.trim().to_owned(), to.trim().to_owned()))
}

/// Says what the index holds, and which posts it could not read.
fn print_indexed(indexed: &Indexed) {
    for line in &indexed.problems {
        eprintln!("warning: {line}");
    }
    if indexed.files == 0 {
        println!("no post is in a file of its own: no search index needed (the widget indexes the manifest)");
    } else {
        println!(
            "search index: {} posts, {} words, {} file{} in search/, {} bytes",
            indexed.posts,
            indexed.words,
            indexed.files,
            if indexed.files == 1 { "" } else { "s" },
            indexed.bytes
        );
    }
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Import {
            feed,
            out,
            body,
            summary_length,
            inline_limit,
            split_bodies_over,
            no_index,
            add_categories,
            map_categories,
        } => {
            let started = Instant::now();
            let mut input = Vec::new();
            let read = if feed == "-" {
                std::io::stdin().read_to_end(&mut input).map(|_| ())
            } else {
                std::fs::read(&feed).map(|bytes| input = bytes)
            };
            if let Err(e) = read {
                eprintln!("error: cannot read {feed}: {e}");
                return ExitCode::FAILURE;
            }
            let options = Options {
                body,
                summary_length,
                add_categories,
                map_categories,
            };
            let split = output::Split {
                inline_limit,
                bytes: split_bodies_over,
            };
            match episode_archive_cli::import(&input, &out, &options, split, !no_index) {
                Ok((written, report, indexed)) => {
                    for line in &report.warnings {
                        eprintln!("warning: {line}");
                    }
                    for line in &report.skipped {
                        eprintln!("skipped: {line}");
                    }
                    if let Some(summary) = report.not_posts_summary() {
                        eprintln!(
                            "skipped (WordPress items that are not published posts): {summary}"
                        );
                    }
                    println!(
                        "imported {} episodes ({} skipped) into {} in {:.0} ms: archive.json {} bytes, {} body files",
                        written.episodes,
                        report.skipped_count(),
                        out.display(),
                        started.elapsed().as_secs_f64() * 1000.0,
                        written.manifest_bytes,
                        written.body_files
                    );
                    if let Some(indexed) = indexed {
                        print_indexed(&indexed);
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {feed}: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Index {
            archive_dir,
            one_file_bytes,
            shard_bytes,
        } => {
            let options = IndexOptions {
                one_file_bytes,
                shard_bytes,
            };
            match search_index::index_archive(&archive_dir, options) {
                Ok(indexed) => {
                    print_indexed(&indexed);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check { archive } => {
            let findings = check::check(&archive);
            for finding in &findings {
                println!("{finding}");
            }
            let errors = findings.iter().filter(|f| f.error).count();
            println!(
                "{}: {errors} errors, {} warnings",
                archive.display(),
                findings.len() - errors
            );
            if errors > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Embed {
            archive,
            widget,
            src,
            episodes,
        } => {
            let text = match std::fs::read_to_string(&archive) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("error: cannot read {}: {e}", archive.display());
                    return ExitCode::FAILURE;
                }
            };
            match episode_archive_core::parse_manifest(&text) {
                Ok(parsed) => {
                    let options = EmbedOptions {
                        widget,
                        manifest: src,
                        episodes,
                    };
                    print!("{}", embed::snippet(&parsed, &options));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {}: {e}", archive.display());
                    ExitCode::FAILURE
                }
            }
        }
        Command::Stats { archive, top } => match stats::stats(&archive, top) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
    }
}
