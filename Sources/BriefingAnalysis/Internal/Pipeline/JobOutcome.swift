import Synchronization

/// A job's result, handed from the thread that ran it to the one waiting for it, and whether it
/// is there yet (`ParallelAnalysis.beside`).
///
/// Why a lock and not a flag beside a variable: the waiting thread polls `isDone` while the job
/// runs, and the lock orders the job's write before every read that sees it done.
final class JobOutcome<J: Sendable>: Sendable {
    private let state = Mutex<J?>(nil)

    func finish(_ value: J) { state.withLock { $0 = value } }

    var isDone: Bool { state.withLock { $0 != nil } }

    /// The result, nil while the job runs.
    var value: J? { state.withLock { $0 } }
}
