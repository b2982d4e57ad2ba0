import Foundation
import KaikuCore

/// The UI texts on disk: folders of `{fi,sv,en}.json` and `AREA.{fi,sv,en}.json` files (the
/// services' own `Resources/Locales`, the web layer's bundle), read here into one `Catalogue`.
public enum TextFiles {
    /// The catalogue of every text file in `directories`, merged (a key defined twice is refused).
    public static func catalogue(in directories: [URL]) throws -> Catalogue {
        var files: [(name: String, data: Data)] = []
        for directory in directories {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
                files.append((name, try Data(contentsOf: directory.appendingPathComponent(name))))
            }
        }
        return try Catalogue(files: files)
    }

    /// The texts of the services' own messages (the account rules), which the command line
    /// shows in English and the web in the user's language.
    public static func servicesDirectory() throws -> URL {
        guard let directory = Bundle.module.url(forResource: "Locales", withExtension: nil, subdirectory: "Resources") else {
            throw TextFilesError.missing("KaikuServices/Resources/Locales")
        }
        return directory
    }
}

/// A folder of texts that is not in the build.
public enum TextFilesError: Error, CustomStringConvertible {
    case missing(String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path) is missing from the build"
        }
    }
}
