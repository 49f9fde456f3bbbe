/// A chart export or email draft that failed after the PDF was written.
///
/// Why its own error: the run did produce its main output, so it must not look like a run that
/// wrote nothing (exit 1); it ends with exit 3, like a run that skipped files, and says plainly
/// that the PDF is there.
struct ExtrasFailure: Error, CustomStringConvertible {
    var reason: String
    var pdf: String

    var description: String {
        "\(reason) (the PDF \(pdf == "-" ? "went to standard output" : "was written to \(pdf)"))"
    }
}
