import ArgumentParser
import Foundation
import KaikuServices
import KaikuStore

/// `kaiku backup PATH`: a consistent copy of the whole database while it serves. SQLite is
/// copied with `VACUUM INTO` (one read transaction, so writers go on), PostgreSQL with
/// `pg_dump` in its custom format. The file appears only when complete.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a backup of the whole database to a file (SQLite: a database file; PostgreSQL: pg_dump's custom format).",
        discussion: "The server may keep running. Restore it with `kaiku restore PATH`."
    )

    @Argument(help: "The backup file to write (it must not exist yet).")
    var path: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let target = URL(fileURLWithPath: path)
        if case .sqliteFile(let file) = database.location, !FileManager.default.fileExists(atPath: file) {
            throw BackupFailure("there is no database at \(file)")
        }
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw BackupFailure("\(path) exists already: choose a new name, so that no backup is overwritten")
        }
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        try? FileManager.default.removeItem(at: partial)
        let started = Date()
        Console.say("Backing up \(database.location) to \(path)…")
        let counts = try await database.withOpenStore { store in
            let counts = try await store.rowCounts()
            switch database.location {
            case .postgres(let url):
                try PostgresTools.run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file=\(partial.path)"], url: url)
            case .sqliteFile, .sqliteMemory:
                try await store.copySQLite(to: partial.path)
            }
            return counts
        }
        guard rename(partial.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: partial)
            throw BackupFailure("cannot write \(path): \(reason)")
        }
        Console.say(BackupSummary.line("Backed up", counts: counts, file: target, seconds: Date().timeIntervalSince(started)))
    }
}

/// `kaiku restore PATH`: a backup written by `kaiku backup` into an empty database (or, with
/// `--force`, in place of what the database holds). Stop the servers on that database first.
struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore a backup made by `kaiku backup` into an empty database (--force: replace what it holds).",
        discussion: "Stop every server using the database first. An SQLite backup restores into SQLite, a PostgreSQL backup into PostgreSQL."
    )

    @Argument(help: "The backup file.")
    var path: String

    @Flag(name: .long, help: "Replace the data of a database that is not empty.")
    var force = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let source = URL(fileURLWithPath: path)
        let kind = try BackupKind(of: source)
        let location = database.location
        switch (kind, location) {
        case (.sqlite, .postgres): throw BackupFailure("\(path) is an SQLite backup and cannot be restored into PostgreSQL")
        case (.postgres, .sqliteFile), (.postgres, .sqliteMemory): throw BackupFailure("\(path) is a PostgreSQL backup and cannot be restored into SQLite")
        case (_, .sqliteMemory): throw BackupFailure("an in-memory database cannot be restored into")
        default: break
        }
        let holdsData = try await database.withOpenStore { try await $0.holdsData() }
        if holdsData && !force {
            throw BackupFailure("\(location) is not empty: restore into an empty database, or add --force to replace everything it holds with the backup")
        }
        let started = Date()
        Console.say("Restoring \(path) into \(location)\(holdsData ? ", replacing what it holds" : "")…")
        switch location {
        case .postgres(let url):
            try PostgresTools.run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", source.path], url: url)
        case .sqliteFile(let file):
            try SQLiteFiles.replace(file, with: source)
        case .sqliteMemory:
            break
        }
        // A backup from an older Kaiku gets the newer schema, as `kaiku migrate` would give it.
        let counts = try await database.withStore { try await $0.rowCounts() }
        Console.say(BackupSummary.line("Restored", counts: counts, file: source, seconds: Date().timeIntervalSince(started)))
    }
}

/// Which database a backup file is for, from its first bytes.
enum BackupKind {
    case sqlite, postgres

    init(of file: URL) throws {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { throw BackupFailure("cannot read \(file.path)") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.starts(with: Data("SQLite format 3\u{0}".utf8)) {
            self = .sqlite
        } else if head.starts(with: Data("PGDMP".utf8)) {
            self = .postgres
        } else {
            throw BackupFailure("\(file.path) is not a Kaiku backup (neither an SQLite database nor a pg_dump archive)")
        }
    }
}

enum SQLiteFiles {
    /// Puts a copy of `backup` in place of the database file `path`, and removes the old
    /// database's write-ahead log, which must never be replayed into the restored file.
    static func replace(_ path: String, with backup: URL) throws {
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).restoring")
        try? FileManager.default.removeItem(at: partial)
        do {
            try FileManager.default.copyItem(at: backup, to: partial)
        } catch {
            throw BackupFailure("cannot write beside \(path): \(error.localizedDescription)")
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard rename(partial.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: partial)
            throw BackupFailure("cannot write \(path): \(reason)")
        }
    }
}

/// `pg_dump` and `pg_restore`, given the database URL (its password through the environment,
/// not on a command line others can read).
enum PostgresTools {
    static func run(_ tool: String, _ arguments: [String], url: String) throws {
        var environment = ProcessInfo.processInfo.environment
        var components = URLComponents(string: url)
        if let password = components?.password {
            environment["PGPASSWORD"] = password
            components?.password = nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments + ["--dbname=\(components?.string ?? url)"]
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw BackupFailure("cannot start \(tool): \(error.localizedDescription)")
        }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 {
                throw BackupFailure("\(tool) was not found: install PostgreSQL's client programs (Debian: postgresql-client)")
            }
            let detail = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw BackupFailure("\(tool) failed (exit \(process.terminationStatus))" + (detail.isEmpty ? "" : ":\n" + detail))
        }
    }
}

enum BackupSummary {
    /// "Backed up 1,520 responses, 3 users and 14 tables (2.1 MB) to backup.sqlite in 0.4 s."
    static func line(_ verb: String, counts: [String: Int], file: URL, seconds: Double) -> String {
        let size = ((try? FileManager.default.attributesOfItem(atPath: file.path)[.size]) as? Int) ?? 0
        let megabytes = String(format: "%.1f MB", Double(size) / 1_000_000)
        let rows = counts.values.reduce(0, +)
        return "\(verb) \(counts.count) tables, \(rows) rows (\(counts["responses"] ?? 0) responses, \(counts["users"] ?? 0) users) "
            + "\(verb == "Restored" ? "from" : "to") \(file.path) (\(megabytes)) in \(String(format: "%.1f", seconds)) s."
    }
}

struct BackupFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
