import ArgumentParser
import Foundation
import KaikuServices
import KaikuStore

/// `kaiku user add|reset|disable|enable|list`
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage staff accounts.",
        subcommands: [Add.self, Reset.self, Disable.self, Enable.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a staff account. Without --password-stdin it prints a one-time invitation link."
        )

        @Argument(help: "2–40 characters: a–z, 0–9, dot, dash, underscore.") var username: String
        @Option(help: "admin, manager, staff or interviewer.") var role: Role
        @Option(name: .customLong("library"), help: "A library the user may see (repeat for several; every role but admin needs one).")
        var libraries: [String] = []
        @Option(help: "E-mail address (the user may sign in with it).") var email: String?
        @Option(help: "Language of the staff pages: fi, sv or en.") var language = "fi"
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false
        @OptionGroup var link: LinkOptions
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let password = passwordStdin ? try readPassword() : nil
            try await database.withStore { store in
                let accounts = StaffAccounts(store: store)
                let user = try await accounts.add(
                    username: username, role: role, libraries: libraries, email: email, language: language, password: password
                )
                Console.say("Created \(user.username) (\(user.role.rawValue)\(user.libraries.isEmpty ? "" : ": " + user.libraries.joined(separator: ", "))).")
                if password == nil, let token = try await accounts.reset(username: username, password: nil) {
                    Console.say("Send this one-time link to the user to choose a password (valid 7 days):\n  \(link.url(token))")
                }
            }
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a new password (--password-stdin), or print a new one-time invitation link."
        )

        @Argument var username: String
        @Flag(help: "Read the new password from the first line of standard input.") var passwordStdin = false
        @OptionGroup var link: LinkOptions
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let password = passwordStdin ? try readPassword() : nil
            try await database.withStore { store in
                if let token = try await StaffAccounts(store: store).reset(username: username, password: password) {
                    Console.say("Send this one-time link to \(username) to choose a new password (valid 7 days):\n  \(link.url(token))")
                } else {
                    Console.say("The password of \(username) has been changed.")
                }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account: it cannot sign in, its sessions and API tokens end.")
        @Argument var username: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore { store in
                try await StaffAccounts(store: store).setDisabled(username: username, true)
                Console.say("Disabled \(username).")
            }
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account again.")
        @Argument var username: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore { store in
                try await StaffAccounts(store: store).setDisabled(username: username, false)
                Console.say("Enabled \(username).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the staff accounts.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await database.withStore { store in
                for user in try await StaffAccounts(store: store).users() {
                    let libraries = user.role == .admin ? "all libraries" : user.libraries.joined(separator: ", ")
                    Console.say("\(user.username)\t\(user.role.rawValue)\t\(libraries)\t\(user.email ?? "-")\(user.disabled ? "\tdisabled" : "")")
                }
            }
        }
    }
}

/// `kaiku token create USERNAME`
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Personal API tokens.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a new personal API token for the JSON API (shown once).")
        @Argument var username: String
        @Option(help: "What the token is for.") var label = "command line"
        @Option(help: "Days until the token expires (1–3650; default: until revoked).") var days: Int?
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if let days, !(1...3650).contains(days) { throw ValidationError("--days must be between 1 and 3650") }
        }

        func run() async throws {
            try await database.withStore { store in
                let token = try await StaffAccounts(store: store).createToken(username: username, label: label, days: days)
                // Only the token on standard output, so scripts can capture it.
                print(token)
            }
        }
    }
}

/// Where the printed invitation links point.
struct LinkOptions: ParsableArguments {
    @Option(
        name: .customLong("base-url"),
        help: "The address staff reach Kaiku at (env KAIKU_PUBLIC_URL, or KAIKU_BASE_URL; default http://127.0.0.1:8080)."
    )
    var baseURL: String?

    func url(_ token: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = baseURL ?? environment["KAIKU_PUBLIC_URL"] ?? environment["KAIKU_BASE_URL"] ?? "http://127.0.0.1:8080"
        return base.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + StaffAddress.invitation(token: token)
    }
}

extension Role: ExpressibleByArgument {}

/// The first line of standard input, without its line end.
func readPassword() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw ValidationError("--password-stdin: no password on standard input")
    }
    return line
}
