import KaikuCore

/// Each survey's index, built on first use and brought up to date before every read by
/// loading the rows above its last sequence number: the database stays the source of truth,
/// and every instance that reads it converges on the same figures.
public actor ResponseIndexes {
    /// Reads at most `limit` responses of `survey` above sequence `after`, oldest first.
    public typealias Loader = @Sendable (_ survey: String, _ after: Int64, _ limit: Int) async throws -> [IndexedResponse]

    private let loader: Loader
    private let pageSize: Int
    private var indexes: [String: Entry] = [:]
    /// A refresh under way per survey: later callers wait for it instead of loading twice.
    private var refreshing: [String: Task<ResponseIndex, any Error>] = [:]

    private struct Entry {
        var version: Int
        var index: ResponseIndex
    }

    public init(pageSize: Int = 5_000, loader: @escaping Loader) {
        self.loader = loader
        self.pageSize = pageSize
    }

    /// The index of `survey`, current as of now. `definition` is the survey's newest version:
    /// when it changes, the index is built again, since text keys may have changed.
    public func current(survey: String, definition: SurveyDefinition, version: Int) async throws -> ResponseIndex {
        if let running = refreshing[survey] { return try await running.value }
        // Taken out of the dictionary so that appending does not copy the columns.
        var index = indexes.removeValue(forKey: survey).flatMap { $0.version == version ? $0.index : nil }
            ?? ResponseIndex(survey: survey, definition: definition)
        let loader = loader, pageSize = pageSize
        let task = Task {
            while true {
                let page = try await loader(survey, index.lastSequence, pageSize)
                index.append(page)
                if page.count < pageSize { return index }
                // A first build of a large survey takes seconds of CPU: let other tasks (the
                // response writer among them) run between pages.
                await Task.yield()
            }
        }
        refreshing[survey] = task
        defer { refreshing[survey] = nil }
        let refreshed = try await task.value
        indexes[survey] = Entry(version: version, index: refreshed)
        return refreshed
    }
}
