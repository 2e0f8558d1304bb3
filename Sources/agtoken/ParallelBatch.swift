import AgoraToken
import Dispatch

/// Runs a per-input transform on several cores while keeping the output in input order.
///
/// With one job, each input is transformed and emitted as soon as it is read, so a live stream
/// (`tail -f app.log | agtoken lint ...`) shows every record at once. With more jobs, inputs are
/// gathered into chunks, each chunk is transformed in parallel, and results are emitted in input
/// order: the output is byte-identical to one job's, and memory stays bounded by the chunk size.
struct ParallelBatch<Result: Sendable> {
  /// How many inputs run at once (`--jobs`).
  let jobs: Int
  /// How many inputs a chunk holds when `jobs > 1`.
  var chunkSize = 2048

  /// Reads every input of `inputs`, transforms each with `transform`, and calls `emit` in order.
  func run(
    _ inputs: TokenInputOptions,
    transform: @escaping @Sendable (String, InputSource) -> Result,
    emit: (Result) throws -> Void
  ) throws {
    guard jobs > 1 else {
      try inputs.forEachInput { text, source in try emit(transform(text, source)) }
      return
    }
    var pending: [(String, InputSource)] = []
    pending.reserveCapacity(chunkSize)
    func drain() throws {
      let results = ResultSlots<Result>(count: pending.count)
      let work = pending
      let workers = min(jobs, work.count)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var index = worker
        while index < work.count {
          results.store(transform(work[index].0, work[index].1), at: index)
          index += workers
        }
      }
      for result in results.collected() { try emit(result) }
      pending.removeAll(keepingCapacity: true)
    }
    try inputs.forEachInput { text, source in
      pending.append((text, source))
      if pending.count >= chunkSize { try drain() }
    }
    if !pending.isEmpty { try drain() }
  }
}

/// Slots that worker threads fill at distinct indices; read only after all workers have finished.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
  // Each slot is written by exactly one worker and read after concurrentPerform returns, and the
  // storage never moves, so no two threads touch the same memory at the same time.
  private let slots: UnsafeMutableBufferPointer<Result?>

  init(count: Int) {
    slots = UnsafeMutableBufferPointer.allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ result: Result, at index: Int) { slots[index] = result }

  func collected() -> [Result] { slots.compactMap { $0 } }
}
