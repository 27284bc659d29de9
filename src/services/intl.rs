//! The browser's `Intl` for the interface language: which plural category
//! a number takes, and numbers, dates and durations written the locale's
//! way. Each formatter is made once per language; a tag the engine refuses
//! (or an engine without one of them) falls back to plain forms, never to
//! an error.

use episode_archive_core::format::{parse_date, unix_millis, Date};
use episode_archive_core::i18n::Plural;
use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type PluralRules;
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str) -> Result<PluralRules, JsValue>;
    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str, options: &JsValue) -> NumberFormat;
    #[wasm_bindgen(method, js_name = format)]
    fn format_number(this: &NumberFormat, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl)]
    type DateTimeFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str, options: &JsValue) -> DateTimeFormat;
    #[wasm_bindgen(method, js_name = format)]
    fn format_date(this: &DateTimeFormat, millis: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl)]
    type Collator;
    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str) -> Collator;
    #[wasm_bindgen(method, getter)]
    fn compare(this: &Collator) -> js_sys::Function;
    /// A JS array, sorted by a JS comparison (`Array.prototype.sort`).
    type Sortable;
    #[wasm_bindgen(method, js_name = sort)]
    fn sort_by(this: &Sortable, compare: &js_sys::Function) -> js_sys::Array;

    #[wasm_bindgen(js_namespace = Intl)]
    type DurationFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str, options: &JsValue) -> Result<DurationFormat, JsValue>;
    #[wasm_bindgen(method, js_name = format)]
    fn format_duration(this: &DurationFormat, duration: &JsValue) -> String;
}

/// Options as JSON text, read by the engine (one binding for every options
/// object, instead of a setter per option).
fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::UNDEFINED)
}

/// The formatters of one locale.
pub struct Intl {
    locale: String,
    plurals: Option<PluralRules>,
    numbers: NumberFormat,
    dates: DateTimeFormat,
    durations: Durations,
    recent: Recent,
    /// The names last put in order, and their order.
    order: RefCell<(Vec<String>, Vec<u32>)>,
}

/// Values formatted lately, by a key naming the value and its kind. Every
/// keystroke renders the same dates, durations and counts again, and a call
/// into `Intl` costs tens of microseconds (twenty cards' dates and
/// durations and the categories' counts added 1.5–2 ms a keystroke at
/// 10,000 episodes: BENCHMARKS.md). Direct-mapped, 512 slots: no hash
/// table's code in the wasm, and a bounded size.
struct Recent(RefCell<Vec<(u64, String)>>);

/// Key spaces of [`Recent`]: the kind in the bits above 40, the value below.
const NUMBER: u64 = 0;
const PLURAL: u64 = 1 << 40;
const DATE: u64 = 2 << 40;
const DURATION: u64 = 3 << 40;

impl Recent {
    fn new() -> Self {
        Self(RefCell::new(vec![(u64::MAX, String::new()); 512]))
    }

    /// The value under `key`, made by `make` unless a slot holds it.
    fn get(&self, key: u64, make: &dyn Fn() -> String) -> String {
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize;
        if let Some((k, value)) = self.0.borrow().get(slot) {
            if *k == key {
                return value.clone();
            }
        }
        let value = make();
        if let Some(entry) = self.0.borrow_mut().get_mut(slot) {
            *entry = (key, value.clone());
        }
        value
    }
}

/// Durations: `Intl.DurationFormat` where the engine has it, else one
/// unit-style number format per unit.
enum Durations {
    Whole(DurationFormat),
    Units([NumberFormat; 3]),
}

impl Intl {
    /// The formatters for `locale` (a BCP 47 tag); English's where the
    /// engine refuses the tag.
    pub fn new(locale: &str) -> Intl {
        let locale = match PluralRules::new(locale) {
            Ok(_) => locale,
            Err(_) => "en",
        };
        let durations = match DurationFormat::new(locale, &options(r#"{"style":"short"}"#)) {
            Ok(format) => Durations::Whole(format),
            Err(_) => Durations::Units(["hour", "minute", "second"].map(|unit| {
                NumberFormat::new(
                    locale,
                    &options(&format!(
                        r#"{{"style":"unit","unit":"{unit}","unitDisplay":"short"}}"#
                    )),
                )
            })),
        };
        let numbers = NumberFormat::new(locale, &JsValue::UNDEFINED);
        let dates = DateTimeFormat::new(
            locale,
            &options(r#"{"year":"numeric","month":"long","day":"numeric","timeZone":"UTC"}"#),
        );
        // The engine loads its locale data on a formatter's first use (tens
        // of milliseconds in Chromium): done now, as the widget mounts and
        // the manifest is still on its way, not when the list is first drawn.
        numbers.format_number(0.0);
        dates.format_date(0.0);
        Intl {
            locale: locale.to_owned(),
            plurals: PluralRules::new(locale).ok(),
            numbers,
            dates,
            durations,
            recent: Recent::new(),
            order: RefCell::default(),
        }
    }

    /// The positions of `names` in the locale's alphabetical order
    /// (`Intl.Collator`): the order the category buttons are shown in.
    /// Sorted by the engine, found back by name (categories are few), and
    /// kept for the next call with the same names: every keystroke renders
    /// the buttons again.
    pub fn alphabetical(&self, names: Vec<&str>) -> Vec<u32> {
        let mut last = self.order.borrow_mut();
        if last.0.iter().map(String::as_str).ne(names.iter().copied()) {
            let array = js_sys::Array::new();
            for name in &names {
                array.push(&JsValue::from_str(name));
            }
            let sorted = array
                .unchecked_ref::<Sortable>()
                .sort_by(&Collator::new(&self.locale).compare());
            let order = sorted
                .iter()
                .filter_map(|name| {
                    let name = name.as_string()?;
                    names.iter().position(|n| *n == name).map(|i| i as u32)
                })
                .collect();
            *last = (names.iter().map(|n| (*n).to_owned()).collect(), order);
        }
        last.1.clone()
    }

    /// The plural category of `n`.
    pub fn plural(&self, n: u64) -> Plural {
        match &self.plurals {
            Some(rules) => {
                Plural::from_name(&self.recent.get(PLURAL | n, &|| rules.select(n as f64)))
            }
            None => Plural::english(n),
        }
    }

    /// `n` written the locale's way ("1,234", "1.234", "١٬٢٣٤").
    pub fn number(&self, n: u64) -> String {
        self.recent
            .get(NUMBER | n, &|| self.numbers.format_number(n as f64))
    }

    /// An ISO date (`2020-09-04`, or a date-time) written the locale's way
    /// ("September 4, 2020", "4. September 2020"); `None` if it is not a date.
    pub fn date(&self, iso: &str) -> Option<String> {
        let date: Date = parse_date(iso)?;
        let key =
            DATE | u64::from(date.year) << 9 | u64::from(date.month) << 5 | u64::from(date.day);
        Some(
            self.recent
                .get(key, &|| self.dates.format_date(unix_millis(date) as f64)),
        )
    }

    /// A duration in the locale's words ("1 hr, 6 min", "1 Std., 6 Min."),
    /// rounded to whole minutes from a minute up.
    pub fn duration(&self, seconds: u32) -> String {
        // Keyed as shown: whole minutes from a minute up, so an archive's
        // durations are a few hundred values, each formatted once.
        let shown = if seconds < 60 {
            seconds
        } else {
            (seconds + 30) / 60 * 60
        };
        self.recent
            .get(DURATION | u64::from(shown), &|| self.spell_duration(shown))
    }

    fn spell_duration(&self, seconds: u32) -> String {
        let minutes = (seconds + 30) / 60;
        let parts: [(u32, &str); 3] = if seconds < 60 {
            [(0, "hours"), (0, "minutes"), (seconds, "seconds")]
        } else {
            [
                (minutes / 60, "hours"),
                (minutes % 60, "minutes"),
                (0, "seconds"),
            ]
        };
        match &self.durations {
            Durations::Whole(format) => {
                let shown: Vec<String> = parts
                    .iter()
                    .filter(|(n, unit)| *n > 0 || seconds == 0 && *unit == "seconds")
                    .map(|(n, unit)| format!(r#""{unit}":{n}"#))
                    .collect();
                let duration = options(&format!("{{{}}}", shown.join(",")));
                format.format_duration(&duration)
            }
            Durations::Units(units) => parts
                .iter()
                .zip(units)
                .filter(|((n, unit), _)| *n > 0 || seconds == 0 && *unit == "seconds")
                .map(|((n, _), format)| format.format_number(f64::from(*n)))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}
