/// A block's raw text bytes as a paragraph: runs of white space (and no-break spaces) become one
/// space, line breaks (which the walker writes only for `<br>`) stay, one at a time, and nothing
/// leads or trails.
enum BlockText {
    static func normalised(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var pendingBreak = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
                pendingSpace = true
            case 0x0A:
                pendingBreak = true
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                pendingSpace = true
                index += 1
            default:
                if !output.isEmpty {
                    if pendingBreak { output.append(0x0A) } else if pendingSpace { output.append(0x20) }
                }
                pendingSpace = false
                pendingBreak = false
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
