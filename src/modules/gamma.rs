//! `math.gamma` and `math.lgamma` as CPython computes them (a Lanczos
//! approximation of its own rather than the C library's), so that the
//! results agree to the last bit.
//!
//! The approximation is Γ(x) = L(x) · (x+g-½)^(x-½) / e^(x+g-½), with the
//! rational function L and the constant g of Boost's 13-term table (the
//! one CPython uses); negative arguments go through the reflection
//! formula Γ(-x) = -π / (x · sin(πx) · Γ(x)).

use std::f64::consts::PI;

/// The Lanczos constant g.
const G: f64 = 6.024680040776729583740234375;
/// g - ½, exactly.
const G_MINUS_HALF: f64 = 5.524680040776729583740234375;
/// The numerator of L, lowest degree first.
const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator of L, x(x+1)…(x+11), lowest degree first.
const DEN: [f64; 13] =
    [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

/// L(x) for x > 0: by Horner's rule in x below 5, and in 1/x above
/// (which keeps large arguments from overflowing).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in NUM.iter().zip(&DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in NUM.iter().zip(&DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// sin(πx) for finite x, reduced to a quarter period first so that it
/// is exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // sin(π(1-y)) rather than -sin(π(y-1)): +0.0 at y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Γ(x); the poles give NaN or an infinity, which the caller reports.
pub fn gamma(x: f64) -> f64 {
    if !x.is_finite() {
        // Γ(inf) = inf, Γ(nan) = nan, Γ(-inf) is invalid.
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x == 0.0 {
        return f64::INFINITY.copysign(x);
    }
    if x == x.floor() {
        if x < 0.0 {
            return f64::NAN;
        }
        if x <= 23.0 {
            // (x-1)! exactly in integers, rounded once.
            return (1..x as u128).product::<u128>() as f64;
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return 1.0 / x;
    }
    if ax > 200.0 {
        // Overflows for large positive x, underflows to a signed zero for
        // large negative x.
        return if x < 0.0 { 0.0 / sin_pi(x) } else { f64::INFINITY };
    }
    let y = ax + G_MINUS_HALF;
    // The rounding error of y, as a correction factor 1 + z.
    let err = if ax > G_MINUS_HALF { (y - ax) - G_MINUS_HALF } else { (y - G_MINUS_HALF) - ax };
    let z = err * G / y;
    // y^(ax-½) is split in two square roots near the top, where it alone
    // would overflow.
    let (half, whole) = if ax < 140.0 { (None, y.powf(ax - 0.5)) } else { (Some(y.powf(ax / 2.0 - 0.25)), 0.0) };
    if x < 0.0 {
        let mut r = -PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        match half {
            None => r / whole,
            Some(h) => r / h / h,
        }
    } else {
        let mut r = lanczos_sum(ax) / y.exp();
        r += z * r;
        match half {
            None => r * whole,
            Some(h) => r * h * h,
        }
    }
}

/// log|Γ(x)|; the poles give an infinity, which the caller reports.
pub fn lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { f64::INFINITY } else { 0.0 };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return -ax.ln();
    }
    let mut r = lanczos_sum(ax).ln() - G;
    r += (ax - 0.5) * ((ax + G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    r
}
