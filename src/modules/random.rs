//! The core of CPython 3.11's `random` module, bit for bit.
//!
//! [`MersenneTwister`] is the generator of `Modules/_randommodule.c`
//! (MT19937 with CPython's seeding, `random()` and `getrandbits()`), and its
//! other methods are the Python-level algorithms of `Lib/random.py`
//! (`randrange`, `randint`, `choice`, `shuffle`, `sample`, `choices`,
//! `uniform`, `gauss`, `normalvariate`, `randbytes`) written over indices and
//! plain numbers, so the VM applies them to its own sequences: `choice`
//! returns the index to read, `shuffle_with` drives the swaps in CPython's
//! order, `sample` and `choices` return the indices to pick.
//!
//! What stays with the VM: converting arguments (`operator.index`, the
//! deprecated float arguments of `randrange`, the type checks of `seed` and
//! `sample`, whose messages are [`SEED_TYPE_MESSAGE`] and
//! [`SAMPLE_POPULATION_MESSAGE`]), `sample(counts=...)`, weighted `choices`,
//! the other distributions, `getstate`/`setstate`, and reading the
//! population at the returned indices (which raises the sequence's own
//! `IndexError` when `choices` picks from an empty population).

use std::collections::HashSet;
use std::time::{SystemTime, UNIX_EPOCH};

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use sha2::{Digest, Sha512};

use crate::runtime::raise::{raise, ExcKind, Raise};

/// Number of 32-bit words of MT19937 state.
pub const N: usize = 624;
/// The MT19937 middle-word offset.
const M: usize = 397;
/// The MT19937 twist matrix constant.
const MATRIX_A: u32 = 0x9908_b0df;
/// Most significant bit of a state word.
const UPPER_MASK: u32 = 0x8000_0000;
/// The 31 least significant bits of a state word.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The `TypeError` message of `seed(x)` when `x` is not None, an int, a
/// float, a str, bytes or a bytearray.
pub const SEED_TYPE_MESSAGE: &str =
    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";
/// The `TypeError` message of `sample(population, k)` when the population
/// is not a sequence (a set or a dict, say).
pub const SAMPLE_POPULATION_MESSAGE: &str =
    "Population must be a sequence.  For dicts or sets, use sorted(d).";

/// A Mersenne Twister with the state of one CPython `random.Random`.
#[derive(Clone)]
pub struct MersenneTwister {
    /// The 624 words of MT19937 state.
    state: Box<[u32; N]>,
    /// Index of the next state word to temper; `N` means regenerate first.
    index: usize,
    /// The second value of the last `gauss()` pair (`Random.gauss_next`).
    gauss_next: Option<f64>,
}

impl Default for MersenneTwister {
    fn default() -> Self {
        MersenneTwister::new()
    }
}

impl MersenneTwister {
    /// A generator seeded from OS entropy, like `random.Random()`.
    pub fn new() -> MersenneTwister {
        let mut generator = MersenneTwister::unseeded();
        generator.seed_entropy();
        generator
    }

    /// A generator seeded with an int, like `random.Random(n)`.
    pub fn from_seed_int(n: &BigInt) -> MersenneTwister {
        let mut generator = MersenneTwister::unseeded();
        generator.seed_int(n);
        generator
    }

    /// A generator whose state is still to be seeded.
    fn unseeded() -> MersenneTwister {
        MersenneTwister { state: Box::new([0; N]), index: N, gauss_next: None }
    }

    /// `seed(n)` for an int `n` (bool included): all bits of `abs(n)` are used.
    pub fn seed_int(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `seed(x)` for a hashable that is not an int (a float, say): CPython
    /// seeds with `hash(x)` taken as an unsigned 64-bit number.
    pub fn seed_hash(&mut self, hash: i64) {
        self.seed_int(&BigInt::from(hash as u64));
    }

    /// `seed(s)` for a str (pass its UTF-8 bytes), bytes or bytearray, with
    /// the default `version=2`: `int.from_bytes(s + sha512(s).digest())`.
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        let mut material = bytes.to_vec();
        material.extend_from_slice(&Sha512::digest(bytes));
        self.seed_int(&BigInt::from_bytes_be(Sign::Plus, &material));
    }

    /// `seed()` / `seed(None)`: 624 words from the OS, or the time and the
    /// process id when the OS has no entropy to give.
    pub fn seed_entropy(&mut self) {
        let mut bytes = [0u8; N * 4];
        let from_os = std::fs::File::open("/dev/urandom")
            .and_then(|mut file| std::io::Read::read_exact(&mut file, &mut bytes));
        let key: Vec<u32> = match from_os {
            Ok(()) => bytes
                .chunks_exact(4)
                .map(|word| u32::from_ne_bytes([word[0], word[1], word[2], word[3]]))
                .collect(),
            Err(_) => {
                let nanos = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |elapsed| elapsed.as_nanos() as u64);
                vec![nanos as u32, (nanos >> 32) as u32, std::process::id()]
            }
        };
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `init_genrand`: fills the state from one 32-bit seed.
    fn init_genrand(&mut self, seed: u32) {
        let mt = &mut self.state;
        mt[0] = seed;
        for i in 1..N {
            mt[i] =
                1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: the reference MT19937 seeding from a key of words.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let previous = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ previous.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ previous.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// `genrand_uint32`: the next tempered 32-bit output.
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Regenerates all 624 state words at once.
    fn twist(&mut self) {
        let mt = &mut self.state;
        let mix = |upper: u32, lower: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = mt[k + M] ^ mix(mt[k], mt[k + 1]);
        }
        for k in N - M..N - 1 {
            mt[k] = mt[k + M - N] ^ mix(mt[k], mt[k + 1]);
        }
        mt[N - 1] = mt[M - 1] ^ mix(mt[N - 1], mt[0]);
        self.index = 0;
    }

    /// `random()`: a float in [0.0, 1.0) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let high = (self.next_u32() >> 5) as f64;
        let low = (self.next_u32() >> 6) as f64;
        (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: an int with `k` random bits.
    pub fn getrandbits(&mut self, k: i64) -> Result<BigInt, Raise> {
        if k < 0 {
            return raise(ExcKind::ValueError, "number of bits must be non-negative");
        }
        if k <= 64 {
            return Ok(BigInt::from(self.getrandbits_u64(k as u32)));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut remaining = k;
        for _ in 0..words {
            let word = self.next_u32();
            digits.push(if remaining < 32 { word >> (32 - remaining) } else { word });
            remaining -= 32;
        }
        Ok(BigInt::from(BigUint::new(digits)))
    }

    /// `getrandbits(k)` for `k <= 64`, drawing the same words as CPython.
    fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k));
                low | (high << 32)
            }
        }
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let mut bytes = match self.getrandbits(n as i64 * 8) {
            Ok(bits) => bits.magnitude().to_bytes_le(),
            Err(_) => unreachable!("a byte count is never negative"),
        };
        bytes.resize(n, 0);
        bytes
    }

    /// `_randbelow(n)`: an int in [0, n) by rejection on `getrandbits`;
    /// panics unless `n` is positive (where CPython would loop forever).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        assert!(n.is_positive(), "_randbelow needs a positive bound");
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let bits = n.bits() as i64;
        loop {
            match self.getrandbits(bits) {
                Ok(candidate) if candidate < *n => return candidate,
                Ok(_) => {}
                Err(_) => unreachable!("a bit count is never negative"),
            }
        }
    }

    /// `_randbelow(n)` for an index-sized `n`; panics unless `n > 0`.
    pub fn randbelow_usize(&mut self, n: usize) -> usize {
        assert!(n > 0, "_randbelow needs a positive bound");
        self.randbelow_u64(n as u64) as usize
    }

    /// `_randbelow(n)` for `n` that fits in 64 bits.
    fn randbelow_u64(&mut self, n: u64) -> u64 {
        let bits = 64 - n.leading_zeros();
        loop {
            let candidate = self.getrandbits_u64(bits);
            if candidate < n {
                return candidate;
            }
        }
    }

    /// `randrange(start, stop=None, step=1)` over ints already converted by
    /// `operator.index`. `step: None` is the default; `Some(1)` behaves the
    /// same, as CPython's `step is not _ONE` test sees the cached small int 1.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> Result<BigInt, Raise> {
        let step = step.filter(|step| !step.is_one());
        let Some(stop) = stop else {
            if step.is_some() {
                return raise(ExcKind::TypeError, "Missing a non-None stop argument");
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return raise(ExcKind::ValueError, "empty range for randrange()");
        };
        let width = stop - start;
        let Some(step) = step else {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return raise(
                ExcKind::ValueError,
                format!("empty range for randrange() ({start}, {stop}, {width})"),
            );
        };
        let count = if step.is_positive() {
            floor_div(&(&width + step - 1), step)
        } else if step.is_negative() {
            floor_div(&(&width + step + 1), step)
        } else {
            return raise(ExcKind::ValueError, "zero step for randrange()");
        };
        if !count.is_positive() {
            return raise(ExcKind::ValueError, "empty range for randrange()");
        }
        Ok(start + step * self.randbelow(&count))
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`, errors included.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, Raise> {
        self.randrange(a, Some(&(b + 1)), None)
    }

    /// `choice(seq)` for a sequence of length `len`: the index to read.
    pub fn choice(&mut self, len: usize) -> Result<usize, Raise> {
        if len == 0 {
            return raise(ExcKind::IndexError, "Cannot choose from an empty sequence");
        }
        Ok(self.randbelow_usize(len))
    }

    /// `shuffle(x)` for a sequence of length `len`: calls `swap(i, j)` for
    /// each exchange `x[i], x[j] = x[j], x[i]`, in CPython's order.
    pub fn shuffle_with(&mut self, len: usize, mut swap: impl FnMut(usize, usize)) {
        for i in (1..len).rev() {
            let j = self.randbelow_usize(i + 1);
            swap(i, j);
        }
    }

    /// `shuffle(x)` applied directly to a slice.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        let len = items.len();
        self.shuffle_with(len, |i, j| items.swap(i, j));
    }

    /// `sample(population, k)` for a population of length `len`: the
    /// indices of the chosen elements in selection order, drawn by the pool
    /// or the selected-set method exactly as CPython chooses between them.
    pub fn sample(&mut self, len: usize, k: &BigInt) -> Result<Vec<usize>, Raise> {
        let k = match k.to_usize() {
            Some(k) if k <= len => k,
            _ => return raise(ExcKind::ValueError, "Sample larger than population or is negative"),
        };
        let mut set_size: u128 = 21;
        if k > 5 {
            let exponent = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
            set_size += 4u128.pow(exponent);
        }
        let mut result = Vec::with_capacity(k);
        if len as u128 <= set_size {
            let mut pool: Vec<usize> = (0..len).collect();
            for i in 0..k {
                let j = self.randbelow_usize(len - i);
                result.push(pool[j]);
                pool[j] = pool[len - i - 1];
            }
        } else {
            let mut selected = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_usize(len);
                while selected.contains(&j) {
                    j = self.randbelow_usize(len);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `choices(population, k=k)` without weights for a population of length
    /// `len`: `k` indices `floor(random() * len)` (none when `k <= 0`; all 0,
    /// hence the VM's `IndexError`, when `len == 0`).
    pub fn choices(&mut self, len: usize, k: i64) -> Vec<usize> {
        let n = len as f64;
        (0..k.max(0)).map(|_| (self.random() * n).floor() as usize).collect()
    }

    /// `uniform(a, b)`, computed as CPython's `a + (b - a) * random()`: the VM
    /// passes `a` and `width = b - a` (Python arithmetic, exact for ints),
    /// both converted to float.
    pub fn uniform(&mut self, a: f64, width: f64) -> f64 {
        a + width * self.random()
    }

    /// `gauss(mu, sigma)`: Box-Muller, keeping the second value for the next call.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let angle = self.random() * (2.0 * std::f64::consts::PI);
                let radius = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(angle.sin() * radius);
                angle.cos() * radius
            }
        };
        mu + z * sigma
    }

    /// `getstate()`'s parts: the state words, the index of the next one
    /// and the kept second `gauss()` value.
    pub fn state(&self) -> (&[u32; N], usize, Option<f64>) {
        (&self.state, self.index, self.gauss_next)
    }

    /// `setstate()`: the parts `state` returned (index at most `N`).
    pub fn set_state(&mut self, words: &[u32; N], index: usize, gauss_next: Option<f64>) {
        debug_assert!(index <= N);
        *self.state = *words;
        self.index = index;
        self.gauss_next = gauss_next;
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            if z * z / 4.0 <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }
}

/// Python's `a // b` for ints (`b` non-zero).
fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    let quotient = a / b;
    if (a % b).is_zero() || a.is_negative() == b.is_negative() {
        quotient
    } else {
        quotient - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(n: i64) -> BigInt {
        BigInt::from(n)
    }

    fn seeded(n: i64) -> MersenneTwister {
        MersenneTwister::from_seed_int(&big(n))
    }

    fn randoms(generator: &mut MersenneTwister, count: usize) -> Vec<f64> {
        (0..count).map(|_| generator.random()).collect()
    }

    fn error_text(result: Result<impl std::fmt::Debug, Raise>) -> String {
        let raised = result.expect_err("expected an exception");
        format!("{:?}: {}", raised.kind, raised.message)
    }

    #[test]
    fn random_after_int_seeds_matches_cpython() {
        let cases: [(i64, [f64; 3]); 4] = [
            (0, [0.8444218515250481, 0.7579544029403025, 0.420571580830845]),
            (1, [0.13436424411240122, 0.8474337369372327, 0.763774618976614]),
            (42, [0.6394267984578837, 0.025010755222666936, 0.27502931836911926]),
            (-5, [0.6229016948897019, 0.7417869892607294, 0.7951935655656966]),
        ];
        for (seed, expected) in cases {
            assert_eq!(randoms(&mut seeded(seed), 3), expected, "seed {seed}");
        }
        let mut huge = MersenneTwister::from_seed_int(&(BigInt::one() << 100));
        assert_eq!(
            randoms(&mut huge, 3),
            [0.7586581712996778, 0.22562004686918613, 0.9800682106697105]
        );
    }

    #[test]
    fn str_bytes_and_float_seeds_match_cpython() {
        let mut generator = seeded(0);
        generator.seed_bytes(b"hello");
        assert_eq!(
            randoms(&mut generator, 3),
            [0.3537754404730722, 0.6631985810268619, 0.5476053663383964]
        );
        // hash(3.5) == 1152921504606846979
        generator.seed_hash(1_152_921_504_606_846_979);
        assert_eq!(
            randoms(&mut generator, 3),
            [0.3039190124834461, 0.23014450764056538, 0.9120431245165537]
        );
    }

    #[test]
    fn entropy_seeding_differs_between_generators() {
        let (mut first, mut second) = (MersenneTwister::new(), MersenneTwister::new());
        assert_ne!(randoms(&mut first, 4), randoms(&mut second, 4));
    }

    #[test]
    fn integer_helpers_match_cpython() {
        let mut generator = seeded(42);
        let ints: Vec<BigInt> =
            (0..10).map(|_| generator.randint(&big(1), &big(100)).unwrap()).collect();
        let expected: Vec<BigInt> = [82, 15, 4, 95, 36, 32, 29, 18, 95, 14].map(big).to_vec();
        assert_eq!(ints, expected);

        let mut generator = seeded(42);
        let mut items: Vec<usize> = (0..20).collect();
        generator.shuffle(&mut items);
        assert_eq!(items, [19, 5, 14, 4, 9, 13, 15, 18, 6, 12, 17, 10, 1, 11, 2, 16, 7, 8, 0, 3]);

        let mut generator = seeded(42);
        let picks: Vec<usize> = (0..10).map(|_| generator.choice(7).unwrap()).collect();
        assert_eq!(picks, [5, 0, 0, 5, 2, 1, 1, 1, 5, 0]);
    }

    #[test]
    fn sample_uses_both_of_cpythons_methods() {
        let mut generator = seeded(42);
        assert_eq!(
            generator.sample(100, &big(10)).unwrap(),
            [81, 14, 3, 94, 35, 31, 28, 17, 13, 86]
        );
        assert_eq!(generator.sample(30, &big(10)).unwrap(), [23, 28, 17, 2, 18, 13, 1, 0, 26, 6]);
        assert_eq!(generator.sample(10, &big(10)).unwrap(), [3, 8, 0, 4, 1, 6, 9, 7, 5, 2]);
    }

    #[test]
    fn later_draws_after_seed_7_match_cpython() {
        let mut generator = seeded(7);
        let stepped: Vec<BigInt> = (0..8)
            .map(|_| generator.randrange(&big(0), Some(&big(100)), Some(&big(7))).unwrap())
            .collect();
        assert_eq!(stepped, [35, 14, 42, 70, 0, 7, 91, 56].map(big).to_vec());
        let negative: Vec<BigInt> = (0..8)
            .map(|_| generator.randrange(&big(50), Some(&big(-50)), Some(&big(-3))).unwrap())
            .collect();
        assert_eq!(negative, [32, -19, 41, -46, 11, 44, 35, -31].map(big).to_vec());
        let single: Vec<BigInt> =
            (0..8).map(|_| generator.randrange(&big(10), None, None).unwrap()).collect();
        assert_eq!(single, [6, 1, 3, 1, 8, 6, 0, 9].map(big).to_vec());
        let bits: Vec<String> = [0, 1, 31, 32, 33, 64, 65, 100]
            .iter()
            .map(|&k| generator.getrandbits(k).unwrap().to_string())
            .collect();
        assert_eq!(
            bits,
            [
                "0",
                "0",
                "2034632750",
                "958804057",
                "7003484984",
                "17482144350526720241",
                "29092414455253709041",
                "315031385795861190729242827284"
            ]
        );
        let below = generator.randrange(&BigInt::from(10u64).pow(30), None, None).unwrap();
        assert_eq!(below.to_string(), "226471203749977844884003674032");
        let bound: BigInt = BigInt::one() << 70;
        let wide = generator.randint(&-bound.clone(), &bound).unwrap();
        assert_eq!(wide.to_string(), "-508777083405797698154");
        let uniforms: Vec<f64> = (0..3).map(|_| generator.uniform(1.5, 4.0 - 1.5)).collect();
        assert_eq!(uniforms, [2.851714713830356, 2.927284224116836, 2.9006431925320317]);
        assert_eq!(generator.choices(13, 10), [8, 1, 7, 2, 1, 9, 7, 8, 6, 6]);
        let gauss: Vec<f64> = (0..5).map(|_| generator.gauss(0.0, 1.0)).collect();
        assert_eq!(
            gauss,
            [
                0.19059100333884416,
                -1.1031334306922245,
                0.8398676155520155,
                -0.4383464143129284,
                0.006223665846122779
            ]
        );
        let normal: Vec<f64> = (0..5).map(|_| generator.normalvariate(2.0, 3.0)).collect();
        assert_eq!(
            normal,
            [
                3.5685610914138683,
                -0.036181151954537416,
                0.538433648019917,
                2.605057394997762,
                2.0735455328637036
            ]
        );
        assert_eq!(generator.randbytes(7), b".\xf8\x90Wu\xe8&");
        assert_eq!(generator.random(), 0.9332702121806375);
    }

    #[test]
    fn long_runs_match_cpython() {
        fn weighted_sum(items: &[usize]) -> usize {
            items.iter().enumerate().map(|(i, x)| i * x).sum()
        }
        let mut generator = seeded(123);
        let mut items: Vec<usize> = (0..1000).collect();
        generator.shuffle(&mut items);
        assert_eq!(weighted_sum(&items), 253_718_990);
        assert_eq!(weighted_sum(&generator.sample(1_000_000, &big(500)).unwrap()), 60_370_368_313);
        assert_eq!(weighted_sum(&generator.sample(2000, &big(1500)).unwrap()), 1_127_211_134);
        assert_eq!(generator.sample(22, &big(6)).unwrap(), [6, 15, 3, 0, 9, 16]);
        let bound: BigInt = BigInt::from(10u64).pow(20);
        let step = BigInt::from(3u64).pow(30);
        let stepped = generator.randrange(&-bound.clone(), Some(&bound), Some(&step)).unwrap();
        assert_eq!(stepped.to_string(), "-28087374837641470525");
        let base: BigInt = BigInt::one() << 64;
        let near = generator.randint(&(&base - 5), &(&base + 5)).unwrap();
        assert_eq!(near.to_string(), "18446744073709551617");
        assert_eq!(generator.random(), 0.19225025315719746);
    }

    #[test]
    fn errors_match_cpython() {
        // str(e) of `random.seed(object())` and `random.sample({1}, 1)`.
        assert_eq!(
            SEED_TYPE_MESSAGE,
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
        );
        assert_eq!(
            SAMPLE_POPULATION_MESSAGE,
            "Population must be a sequence.  For dicts or sets, use sorted(d)."
        );
        let mut generator = seeded(1);
        let empty = "ValueError: empty range for randrange()";
        assert_eq!(error_text(generator.randrange(&big(0), None, None)), empty);
        assert_eq!(error_text(generator.randrange(&big(-3), None, None)), empty);
        assert_eq!(
            error_text(generator.randrange(&big(0), Some(&big(0)), None)),
            "ValueError: empty range for randrange() (0, 0, 0)"
        );
        assert_eq!(
            error_text(generator.randrange(&big(5), Some(&big(3)), Some(&big(1)))),
            "ValueError: empty range for randrange() (5, 3, -2)"
        );
        assert_eq!(
            error_text(generator.randrange(&big(0), Some(&big(10)), Some(&big(0)))),
            "ValueError: zero step for randrange()"
        );
        assert_eq!(error_text(generator.randrange(&big(0), Some(&big(10)), Some(&big(-1)))), empty);
        assert_eq!(error_text(generator.randrange(&big(10), Some(&big(0)), Some(&big(2)))), empty);
        assert_eq!(
            error_text(generator.randrange(&big(5), None, Some(&big(2)))),
            "TypeError: Missing a non-None stop argument"
        );
        assert!(generator.randrange(&big(5), None, Some(&big(1))).is_ok());
        assert_eq!(
            error_text(generator.randint(&big(5), &big(3))),
            "ValueError: empty range for randrange() (5, 4, -1)"
        );
        assert_eq!(
            error_text(generator.choice(0)),
            "IndexError: Cannot choose from an empty sequence"
        );
        let too_many = "ValueError: Sample larger than population or is negative";
        assert_eq!(error_text(generator.sample(3, &big(4))), too_many);
        assert_eq!(error_text(generator.sample(3, &big(-1))), too_many);
        assert_eq!(
            error_text(generator.getrandbits(-1)),
            "ValueError: number of bits must be non-negative"
        );
    }
}
