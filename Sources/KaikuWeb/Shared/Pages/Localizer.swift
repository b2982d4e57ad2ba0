import Foundation
import KaikuCore
import KaikuServices

/// Kaiku's own UI texts (`{fi,sv,en}.json` and `AREA.{fi,sv,en}.json` in `Shared/Resources` and
/// each feature's `Resources`, flattened into the bundle; with the services' own messages), loaded once.
enum Localizer {
    static func loadCatalogue() throws -> Catalogue {
        // The bundle's top level, where each feature's `Resources` are flattened; not
        // `resourceURL`, which Foundation points into a `Resources` subfolder when one exists.
        let directory = Bundle.module.bundleURL
        return try TextFiles.catalogue(in: [directory, TextFiles.servicesDirectory()])
    }

    /// The language names, each written in its own language.
    static let languageNames = ["fi": "suomeksi", "sv": "på svenska", "en": "in English"]
}

enum ResourceError: Error, CustomStringConvertible {
    case missing(String)
    case template(String)

    var description: String {
        switch self {
        case .missing(let path): "\(path) is missing from the build"
        case .template(let name): "the template \(name) did not render"
        }
    }
}
