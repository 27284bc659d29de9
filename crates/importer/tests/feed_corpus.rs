//! Every feed of the public corpus (`../shared/corpora/feeds/`, real sites'
//! feeds and the specs' examples collected by the feed-rs project, read in
//! place): what each one imports as — how many episodes, the first one's
//! title, date and audio — and that the archive passes `check`; or, for the
//! ones that are no feed or are broken, the message with its position.
//! Episode counts were checked against an independent count of each file's
//! `<item>`/`<entry>` elements (JSON: `items`); the one that differs is
//! `rss_2.0_ghost_1.xml`, whose single item is empty (skipped, reported).

use std::path::PathBuf;

use episode_archive_cli::output::Split;
use episode_archive_cli::{check, import, Options};
use episode_archive_core::parse_manifest;

/// What a corpus file must become.
enum Expect {
    /// An archive with this many episodes, the first with this title, date
    /// and audio URL.
    Imports {
        episodes: usize,
        title: Option<&'static str>,
        date: Option<&'static str>,
        audio: Option<&'static str>,
    },
    /// An error whose message contains this.
    Fails(&'static str),
}
use Expect::*;

/// The corpus's feeds, by file name; a file missing here, or here and
/// missing there, fails the test.
const CORPUS: &[(&str, Expect)] = &[
    ("atom_content_src.xml", Imports { episodes: 1, title: Some("X.509 Certificates"), date: Some("2024-03-08T00:00:00Z"), audio: None }),
    ("atom_entry_1.xml", Imports { episodes: 1, title: Some("Specifications"), date: Some("2009-08-31T18:55:12Z"), audio: None }),
    ("atom_example_1.xml", Imports { episodes: 1, title: Some("Atom draft-07 snapshot"), date: Some("2003-12-13T12:29:29Z"), audio: Some("http://example.org/audio/ph34r_my_podcast.mp3") }),
    ("atom_example_2.xml", Imports { episodes: 2, title: Some("Will someone plz dump our shizz on the Moon, NASA begs as one of the space biz vendors drops out"), date: Some("2019-07-31T11:54:28Z"), audio: None }),
    ("atom_example_3.xml", Imports { episodes: 1, title: Some("Time to Transfer Risk: Why Security Complexity & VPNs Are No Longer Sustainable"), date: Some("2019-07-30T16:00:00Z"), audio: None }),
    ("atom_example_4.xml", Imports { episodes: 1, title: Some("Connection with future"), date: Some("2019-07-17T03:10:16Z"), audio: None }),
    ("atom_example_5.xml", Imports { episodes: 1, title: Some("M 3.6 - 15km W of Petrolia, CA"), date: Some("2019-07-31T13:07:31Z"), audio: None }),
    ("atom_example_6.xml", Imports { episodes: 4, title: Some("0.2.0"), date: Some("2020-01-19T05:08:59Z"), audio: None }),
    ("atom_example_7.xml", Imports { episodes: 1, title: Some("High resolution wheel scrolling in the desktop stack"), date: Some("2020-04-04T04:00:00Z"), audio: None }),
    ("atom_example_reddit.xml", Imports { episodes: 1, title: Some("Hey Rustaceans! Got an easy question? Ask here (21/2020)!"), date: Some("2020-05-18T05:44:47Z"), audio: None }),
    ("atom_mediarss_newscred_1.xml", Imports { episodes: 1, title: Some("The Day Off: Tampa"), date: Some("2019-04-05T21:04:40Z"), audio: None }),
    ("atom_mediarss_reddit_1.xml", Imports { episodes: 25, title: Some("Any reason to keep 1G connections to my servers?"), date: Some("2023-07-23T17:38:30Z"), audio: None }),
    ("atom_mediarss_youtube_1.xml", Imports { episodes: 1, title: Some("Navigating with Quantum Entanglement"), date: Some("2020-12-22T19:15:01Z"), audio: None }),
    ("atom_pub_spec_1.xml", Imports { episodes: 1, title: Some("Atom-Powered Robots Run Amok"), date: Some("2003-12-13T18:30:02Z"), audio: None }),
    ("atom_relative.xml", Imports { episodes: 1, title: Some("Atom-Powered Robots Run Amok"), date: Some("2003-12-13T18:30:02Z"), audio: None }),
    ("atom_scattered.xml", Imports { episodes: 1, title: Some("0042: consulting lessons, there are no strings on me, buttondown, focus goof, jsfuck, 1ml"), date: Some("2023-12-01T00:00:00Z"), audio: None }),
    ("atom_spec_1.xml", Imports { episodes: 1, title: Some("Atom-Powered Robots Run Amok"), date: Some("2003-12-13T18:30:02Z"), audio: None }),
    ("atom_xml_base.xml", Imports { episodes: 1, title: Some("my cool entry title"), date: Some("2022-04-21T00:00:00Z"), audio: None }),
    ("jsonfeed_elastic_1.1.json", Imports { episodes: 3, title: Some("InfluxDB vs. Graphite for Time Series Data & Metrics Benchmark"), date: Some("2019-05-31T19:17:58Z"), audio: None }),
    ("jsonfeed_example_1.json", Imports { episodes: 2, title: Some("How Jeff Bezos’s iPhone X Was Hacked"), date: Some("2020-01-24T23:46:57Z"), audio: None }),
    ("jsonfeed_spec_1.json", Imports { episodes: 1, title: Some("Announcing JSON Feed"), date: Some("2017-05-17T15:02:12Z"), audio: None }),
    ("rss_0.91_encoding_1.xml", Imports { episodes: 1, title: Some("bash - Expansão de Parâmetros"), date: None, audio: None }),
    ("rss_0.91_encoding_2.xml", Imports { episodes: 1, title: Some("13/08/2020 21:27 - Comitê completa 150 dias de atuação na prevenção contra o novo Coronavírus"), date: None, audio: None }),
    ("rss_0.91_missing_id.xml", Imports { episodes: 1, title: Some("Oferta de Empleo Público // 3 PROFESOR/A TÉCNICO/A (INGENIE. TÉC. FORESTAL) 17/17"), date: None, audio: None }),
    ("rss_0.91_spec_1.xml", Imports { episodes: 2, title: Some("Giving the world a pluggable Gnutella"), date: None, audio: None }),
    ("rss_0.92_spec_1.xml", Imports { episodes: 3, title: Some("Kevin Drennan started a Grateful Dead Weblog. Hey it's cool, he even has a…"), date: None, audio: None }),
    ("rss_1.0_biorxiv.xml", Imports { episodes: 1, title: Some("Complete genome of the Medicago anthracnose fungus, Colletotrichum destructivum, reveals a mini-chromosome-like region within a core chromosome."), date: Some("2023-12-16"), audio: None }),
    ("rss_1.0_debian.xml", Imports { episodes: 1, title: Some("Updated Debian 11: 11.6 released"), date: Some("2022-12-17"), audio: None }),
    ("rss_1.0_example_1.xml", Imports { episodes: 2, title: Some("記事1のタイトル"), date: Some("2017-06-13T09:00:00Z"), audio: None }),
    ("rss_1.0_example_2.xml", Imports { episodes: 1, title: Some("Dave Airlie (blogspot): DirectX on Linux - what it is/isn't"), date: Some("2020-05-20T00:01:59Z"), audio: None }),
    ("rss_1.0_iso8859.xml", Imports { episodes: 1, title: Some("Digitalministerium: Neue Glasfaserförderung mit Schnellkasse"), date: Some("2023-01-25T18:03:02Z"), audio: None }),
    ("rss_1.0_spec_1.xml", Imports { episodes: 2, title: Some("Processing Inclusions with XSLT"), date: None, audio: None }),
    ("rss_1.0_spec_2.xml", Imports { episodes: 1, title: Some("XML: A Disruptive Technology"), date: None, audio: None }),
    ("rss_2.0_anchorfm.xml", Imports { episodes: 1, title: Some("Advocating for our children"), date: Some("2023-02-08T20:34:49Z"), audio: Some("https://anchor.fm/s/8d364524/podcast/play/58581931/https%3A%2F%2Fd3ctxlq1ktw2nl.cloudfront.net%2Fproduction%2Fexports%2F8d364524%2F58581931%2Fa48be9475fbbb5c00427f7e733079b03.m4a") }),
    ("rss_2.0_bbc.xml", Imports { episodes: 1, title: Some("Marcus Aurelius"), date: Some("2021-02-25T10:15:00Z"), audio: Some("http://open.live.bbc.co.uk/mediaselector/6/redir/version/2.0/mediaset/audio-nondrm-download/proto/http/vpid/p097wt5b.mp3") }),
    ("rss_2.0_ch9.xml", Imports { episodes: 1, title: Some("Troubleshoot AKS cluster issues with AKS Diagnostics and AKS Periscope"), date: Some("2021-02-26T20:00:00Z"), audio: Some("https://sec.ch9.ms/ch9/075d/6e61e6c6-3890-4172-a617-fa0c4b38075d/azfr663_high.mp4") }),
    ("rss_2.0_cloudflare.xml", Imports { episodes: 1, title: Some("Privacy-Preserving Compromised Credential Checking"), date: Some("2021-10-14T12:59:53Z"), audio: None }),
    ("rss_2.0_dbengines.xml", Imports { episodes: 1, title: Some("Snowflake is the DBMS of the Year 2022, defending the title from last year"), date: Some("2023-01-03T15:00:00Z"), audio: None }),
    ("rss_2.0_element_io.xml", Imports { episodes: 1, title: Some("Simpler plans for Element, on-premise and cloud!"), date: Some("2021-10-11T16:02:29Z"), audio: None }),
    ("rss_2.0_encoding_1.xml", Imports { episodes: 1, title: Some("Revolução nas telas com pontos quânticos impressos em 3D"), date: Some("2020-08-13T09:57:55Z"), audio: None }),
    ("rss_2.0_example_1.xml", Imports { episodes: 1, title: Some("Example entry"), date: Some("2009-09-06T16:20:00Z"), audio: None }),
    ("rss_2.0_example_2.xml", Imports { episodes: 1, title: Some("NASA Television to Broadcast Space Station Departure of Cygnus Cargo Ship"), date: Some("2019-08-01T20:15:00Z"), audio: None }),
    ("rss_2.0_example_3.xml", Imports { episodes: 1, title: Some("How a Historian Uncovered Ronald Reagan’s Racist Remarks to Richard Nixon"), date: Some("2019-08-02T15:35:34Z"), audio: None }),
    ("rss_2.0_example_4.xml", Imports { episodes: 1, title: Some("Minor earthquake, 3.5 mag was detected near Aris in Greece"), date: Some("2019-08-06T05:01:15Z"), audio: None }),
    ("rss_2.0_example_5.xml", Imports { episodes: 1, title: Some("Apple isn’t the most cash-rich company in the world anymore, but it doesn’t matter"), date: Some("2019-08-05T23:11:09Z"), audio: None }),
    ("rss_2.0_example_6.xml", Imports { episodes: 1, title: Some("Vitalina Varela - Trailer"), date: Some("2020-02-06T08:00:00Z"), audio: None }),
    ("rss_2.0_ghost_1.xml", Imports { episodes: 0, title: None, date: None, audio: None }),
    ("rss_2.0_ghost_2.xml", Imports { episodes: 1, title: Some("Send emails without publishing"), date: Some("2021-10-11T18:11:15Z"), audio: None }),
    ("rss_2.0_heated.xml", Imports { episodes: 1, title: Some("A conversation about Keystone XL"), date: Some("2021-02-03T12:00:47Z"), audio: None }),
    ("rss_2.0_ilgiornale.xml", Imports { episodes: 1, title: Some("Arrestato in Pakistan Shabbar Abbas. In Italia è accusato per l'omicidio di Saman"), date: Some("2022-11-15T20:15:04Z"), audio: None }),
    ("rss_2.0_ilmessaggero.xml", Imports { episodes: 1, title: Some("Missili Polonia, cosa è successo? Tensione Nato-Russia, Mosca: non siamo stati noi"), date: None, audio: None }),
    ("rss_2.0_invalid_1.xml", Fails("malformed XML at line 19, column 85: the document ends inside <channel>, opened at line 5, column 1")),
    ("rss_2.0_kdist.xml", Imports { episodes: 1, title: Some("5.7-rc4: mainline"), date: Some("2020-05-03T21:56:15Z"), audio: None }),
    ("rss_2.0_matrix.xml", Imports { episodes: 1, title: Some("This Week in Matrix 2022-09-23"), date: Some("2022-09-23T00:00:00Z"), audio: None }),
    ("rss_2.0_nbcny.xml", Imports { episodes: 1, title: Some("NYC cops search for stabbing suspect after leaving 18-year-old to bleed out on sidewalk"), date: None, audio: None }),
    ("rss_2.0_nightvale.xml", Imports { episodes: 1, title: Some("221 - The Glow Cloud, Explained"), date: Some("2023-02-01T05:00:00Z"), audio: Some("https://www.podtrac.com/pts/redirect.mp3/dovetail.prxu.org/_/126/c6d43512-3eb0-41bc-9092-393412cae641/nv221_intro.mp3") }),
    ("rss_2.0_reddit.xml", Imports { episodes: 1, title: Some("Announcing FeedMail"), date: Some("2021-11-02T00:46:08Z"), audio: None }),
    ("rss_2.0_relurl_1.xml", Imports { episodes: 2, title: Some("Pareto-optimal compression"), date: Some("2021-03-02T22:39:15Z"), audio: None }),
    ("rss_2.0_relurl_2.xml", Imports { episodes: 1, title: Some("An item with a relative enclosure URL"), date: Some("2021-03-17T18:14:23Z"), audio: None }),
    ("rss_2.0_rps.xml", Imports { episodes: 1, title: Some("The Sunday Papers"), date: Some("2021-08-22T10:00:00Z"), audio: None }),
    ("rss_2.0_spec_1.xml", Imports { episodes: 2, title: Some("Joshua Allen: Who loves namespaces?"), date: Some("2002-09-29T19:59:01Z"), audio: None }),
    ("rss_2.0_spiegel.xml", Imports { episodes: 1, title: Some("07.02. – die Wochenvorschau: Lockdown-Verlängerung, Kriegsverbrecher vor Gericht, Super Bowl, Karneval"), date: Some("2021-02-06T23:01:00Z"), audio: Some("https://traffic.omny.fm/d/clips/5ac1e950-45c7-4eb7-87c0-aa0f018441b8/bb17ca27-51f4-4349-bc1e-abc00102c975/c7e3cca2-665e-4bc4-bcac-acc6011b9fa2/audio.mp3?utm_source=Podcast&in_playlist=4c18e072-24d2-4d60-9a42-abc00102c97e&t=1612652510") }),
    ("rss_2.0_spreaker.xml", Imports { episodes: 1, title: Some("Lwowska Fala odc. 78 Wrzesień 1939 | Radio Katowice"), date: Some("2021-09-06T08:11:31Z"), audio: Some("https://api.spreaker.com/download/episode/46395247/09_05_dopo_8_10_lwowska_fala.mp3") }),
    ("rss_2.0_vimeo_media.xml", Imports { episodes: 1, title: Some("Oregon Harvest Update and Fall Release Date Set"), date: Some("2024-09-27T16:29:11Z"), audio: None }),
    ("rss_2.0_wirecutter.xml", Imports { episodes: 1, title: Some("How to Teach Someone a Board Game (and Even Have Fun Doing It)"), date: Some("2022-09-20T11:00:17Z"), audio: None }),
    ("xml_iso8859.xml", Imports { episodes: 1, title: Some("Digitalministerium: Neue Glasfaserförderung mit Schnellkasse"), date: None, audio: None }),
    ("xml_sample_1.xml", Fails("not a feed: the document's root element (line 2, column 1) is <catalog>")),
    ("xml_sample_2.xml", Fails("not a feed: the document's root element (line 2, column 1) is <catalog>")),
];

fn corpus_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/feeds");
    assert!(
        dir.is_dir(),
        "missing feed corpus {}: the public test corpora sit in ../shared/corpora beside the project",
        dir.display()
    );
    dir
}

#[test]
fn every_feed_of_the_corpus_imports_or_fails_with_its_position() {
    let dir = corpus_dir();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("the corpus folder reads")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| !name.starts_with("LICENSE"))
        .collect();
    files.sort();
    let listed: Vec<&str> = CORPUS.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        files, listed,
        "the corpus and this table list the same feeds"
    );
    let mut imported = 0;
    for (name, expect) in CORPUS {
        let bytes = std::fs::read(dir.join(name)).expect("a corpus file reads");
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("corpus-{name}"));
        let _ = std::fs::remove_dir_all(&out);
        let split = Split {
            inline_limit: 262_144,
            bytes: 512,
        };
        let result = import(&bytes, &out, &Options::default(), split, true);
        match (expect, result) {
            (
                Imports {
                    episodes,
                    title,
                    date,
                    audio,
                },
                Ok(_),
            ) => {
                let manifest = out.join("archive.json");
                let text = std::fs::read_to_string(&manifest).expect("archive.json");
                let archive = parse_manifest(&text).expect("the widget reads it");
                assert_eq!(archive.episodes.len(), *episodes, "{name}: episodes");
                let first = archive.episodes.first();
                assert_eq!(first.map(|e| e.title.as_str()), *title, "{name}: title");
                assert_eq!(first.and_then(|e| e.date.as_deref()), *date, "{name}: date");
                assert_eq!(
                    first.and_then(|e| e.audio.as_ref()).map(|a| a.url.as_str()),
                    *audio,
                    "{name}: audio"
                );
                let findings = check::check(&manifest);
                assert!(findings.is_empty(), "{name}: check finds {findings:?}");
                imported += 1;
            }
            (Fails(reason), Err(error)) => {
                assert!(error.contains(reason), "{name}: {error}");
            }
            (Imports { .. }, Err(error)) => panic!("{name} should import: {error}"),
            (Fails(reason), Ok(_)) => panic!("{name} should fail with {reason:?}"),
        }
    }
    // The test command checks this line: the whole corpus was read.
    println!("feed corpus: {} feeds, {imported} imported", CORPUS.len());
}
