import CYaml

/// A check of a YAML (or JSON) document's shape before it is built into a tree: anchors and
/// aliases are refused, and so is nesting deeper than `maximumDepth`.
///
/// An alias repeats its anchored node, so ten lines of aliases of aliases ("billion laughs")
/// stand for a billion nodes, and walking or even hashing the composed tree never ends.
/// Deep nesting (`[[[[…`) would overflow the stack of the recursive tree builders. The check
/// reads libyaml's events one at a time, so its work grows only with the text.
enum YAMLShape {
    static let maximumDepth = 64

    /// The reason `yaml` is refused, or nil. A syntax error is left to the parser to report.
    static func problem(in yaml: String) -> String? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(yaml.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_ALIAS_EVENT:
                    return "YAML aliases (*name) are not allowed; write the value out where it is used (line \(line))"
                case YAML_SCALAR_EVENT where event.data.scalar.anchor != nil,
                     YAML_SEQUENCE_START_EVENT where event.data.sequence_start.anchor != nil,
                     YAML_MAPPING_START_EVENT where event.data.mapping_start.anchor != nil:
                    return "YAML anchors (&name) are not allowed; write the value out where it is used (line \(line))"
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > maximumDepth {
                        return "the document is nested more than \(maximumDepth) levels deep (line \(line))"
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                default:
                    break
                }
            }
        }
    }
}
