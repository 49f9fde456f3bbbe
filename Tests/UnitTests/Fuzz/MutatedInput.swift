/// Deterministic mutations of a template, driven by one seed so a failing case can be replayed.
struct MutatedInput {
    /// SplitMix64: small, fast, and the same on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The template's bytes after 1-12 splices, deletions, repeats and byte flips.
    static func bytes(from template: String, seed: UInt64) -> [UInt8] {
        var random = Generator(state: seed)
        var bytes = Array(template.utf8)
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0, 1:
                let fragment = HostileFragments.all.randomElement(using: &random) ?? ""
                let times = Int.random(in: 0..<10, using: &random) == 0 ? Int.random(in: 2...300, using: &random) : 1
                bytes.insert(contentsOf: Array(String(repeating: fragment, count: times).utf8), at: at)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, at + Int.random(in: 1...40, using: &random))
                bytes.removeSubrange(min(at, end)..<end)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, at + Int.random(in: 1...80, using: &random))
                bytes.insert(contentsOf: bytes[min(at, end)..<end], at: min(at, end))
            default:
                if !bytes.isEmpty { bytes[min(at, bytes.count - 1)] = UInt8.random(in: 0...255, using: &random) }
            }
        }
        return bytes
    }
}
