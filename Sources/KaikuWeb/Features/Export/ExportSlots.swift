import Foundation
import Synchronization

/// How many web exports may run at once on this instance (two by default): each holds a
/// database reader and a core for as long as it streams, so a third waits its turn (429).
public final class ExportSlots: Sendable {
    public let limit: Int
    /// Where workbooks and data packages are written before they are sent (then removed).
    public let directory: URL
    private let taken = Mutex(0)

    public init(limit: Int = 2, directory: URL = FileManager.default.temporaryDirectory) {
        self.limit = max(1, limit)
        self.directory = directory
    }

    /// Exports running now.
    public var running: Int { taken.withLock { $0 } }

    /// A slot, or nil when `limit` exports are running. The slot is given back when the
    /// returned value is released, however the export ends (finished, failed, cut off).
    public func take() -> Slot? {
        let granted = taken.withLock { count -> Bool in
            guard count < limit else { return false }
            count += 1
            return true
        }
        return granted ? Slot(self) : nil
    }

    fileprivate func giveBack() {
        taken.withLock { $0 -= 1 }
    }

    /// One running export's place.
    public final class Slot: Sendable {
        private let slots: ExportSlots

        fileprivate init(_ slots: ExportSlots) {
            self.slots = slots
        }

        deinit { slots.giveBack() }
    }
}
