import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import KaikuCore
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import Synchronization

/// Kaiku's persistence: one database (SQLite or PostgreSQL) behind FluentKit, and the store
/// functions named for what they answer. Shut it down with `shutdown()`.
public final class Store: Sendable {
    public let location: DatabaseLocation
    let databases: Databases
    let logger: Logger
    /// SQLite runs every query on one connection: its writers would otherwise wait for each
    /// other's locks while holding a thread. PostgreSQL spreads queries over the group.
    private let eventLoop: (any EventLoop)?
    /// SQLite's blocking calls run on a pool of this store's own, so no other store can starve it.
    private let threadPool: NIOThreadPool?
    /// Parsed published definitions; they never change once published.
    let definitionCache = Mutex<[DefinitionKey: SurveyDefinition]>([:])

    /// How long a query may wait for a connection under load before it fails.
    static let queueTimeout: TimeAmount = .seconds(60)

    /// Opens the database; nothing is read or written until a store function is called.
    public init(_ location: DatabaseLocation, logger: Logger = Logger(label: "kaiku.store")) throws {
        self.location = location
        self.logger = logger
        switch location {
        case .sqliteFile, .sqliteMemory:
            let pool = NIOThreadPool(numberOfThreads: 2)
            pool.start()
            threadPool = pool
            eventLoop = MultiThreadedEventLoopGroup.singleton.next()
            databases = Databases(threadPool: pool, on: MultiThreadedEventLoopGroup.singleton)
            let storage: SQLiteConfiguration.Storage = if case .sqliteFile(let path) = location { .file(path: path) } else { .memory }
            databases.use(.sqlite(SQLiteConfiguration(storage: storage), maxConnectionsPerEventLoop: 1, connectionPoolTimeout: Self.queueTimeout, sqlLogLevel: .trace), as: .sqlite)
            // Readers never take the write lock (WAL), so they may have connections of their own.
            databases.use(.sqlite(SQLiteConfiguration(storage: storage), maxConnectionsPerEventLoop: 2, connectionPoolTimeout: Self.queueTimeout, sqlLogLevel: .trace), as: .sqliteReads, isDefault: false)
        case .postgres(let url):
            threadPool = nil
            eventLoop = nil
            databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
            let configuration = try SQLPostgresConfiguration(url: url)
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4, connectionPoolTimeout: Self.queueTimeout, sqlLogLevel: .trace), as: .psql)
        }
    }

    /// The database to write on (and to read what must be read in the same transaction).
    /// Throws once the store is shut down: a write still under way then (an abandoned
    /// writer transaction, a request finishing during shutdown) fails instead of the process.
    var database: any Database {
        get throws {
            guard let database = databases.database(logger: logger, on: eventLoop ?? MultiThreadedEventLoopGroup.singleton.any()) else {
                throw StoreError.shutDown
            }
            return database
        }
    }

    /// The database to read on: SQLite's read connections, or the same PostgreSQL pool.
    var reader: any Database {
        get throws {
            guard !location.isPostgres else { return try database }
            guard let reader = databases.database(.sqliteReads, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()) else {
                throw StoreError.shutDown
            }
            return reader
        }
    }

    var sql: any SQLDatabase {
        // Both drivers are SQL databases.
        get throws { try database as! any SQLDatabase }
    }

    /// Brings the schema up to date (numbered migrations) and, on SQLite, turns on WAL.
    public func migrate() async throws {
        if case .sqliteFile = location {
            // WAL lets readers go on while the writer commits; the mode is kept in the file.
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }
        if !location.isPostgres {
            // Another process (a `kaiku demo` beside the server) may hold the write lock for a
            // moment: wait for it sleeping, up to 30 s, instead of the driver's endless spin.
            try await sql.raw("PRAGMA busy_timeout=30000").run()
        }
        let migrations = Migrations()
        migrations.add(M0001_CreateSchema())
        migrations.add(M0002_StaffWorkspace())
        migrations.add(M0003_AnswerMarks())
        migrations.add(M0004_ImportMappings())
        migrations.add(M0005_WaveGracePeriod())
        migrations.add(M0006_AccountSecurity())
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop ?? MultiThreadedEventLoopGroup.singleton.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// How long `isReachable` waits for an answer.
    static let reachabilityTimeout: Duration = .seconds(2)

    /// Whether the database answers within two seconds (for `/ready`, and for the writer to
    /// tell a bad record from a database that is away). A pool waiting for a connection to a
    /// stopped server would otherwise keep the caller for a minute.
    public func isReachable() async -> Bool {
        do {
            let sql = try self.sql
            try await withDeadline(Self.reachabilityTimeout) {
                try await sql.raw("SELECT 1").run()
            }
            return true
        } catch {
            return false
        }
    }

    /// Closes every connection.
    public func shutdown() async {
        await databases.shutdownAsync()
        try? await threadPool?.shutdownGracefully()
    }
}

extension DatabaseID {
    /// SQLite's connections for reading only.
    static let sqliteReads = DatabaseID(string: "sqlite-reads")
}
