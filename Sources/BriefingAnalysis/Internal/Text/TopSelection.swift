/// The bar the best `k` of many scores reach, found without sorting them.
///
/// Why: rankings here keep a few dozen of hundreds (an article's key-phrase candidates, its
/// strongest stems); sorting everything to read a prefix cost more than the scoring. With the
/// bar known, only the entries at or above it are sorted, in their full order (ties included),
/// which gives the same prefix as sorting all.
enum TopSelection {
    /// The `k`-th largest of `values` (1 ≤ k ≤ count), reordering them: a quickselect, linear
    /// on average.
    static func kthLargest(_ values: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = values.count - 1
        let target = k - 1
        while lo < hi {
            let pivot = values[lo + (hi - lo) / 2]
            var i = lo, j = hi
            while i <= j {
                while values[i] > pivot { i += 1 }
                while values[j] < pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if target <= j { hi = j } else if target >= i { lo = i } else { break }
        }
        return values[target]
    }

    /// The score the best `k` of `scores` reach (-infinity when there are no more than `k`).
    static func bar(_ scores: [Double], keeping k: Int) -> Double {
        guard k < scores.count else { return -.infinity }
        guard k > 0 else { return .infinity }
        var v = scores
        return kthLargest(&v, k)
    }
}
