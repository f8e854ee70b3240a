// Strict argv parsing with one-line errors; see arg_parser.h.
#include "cli/arg_parser.h"

#include <charconv>
#include <cstdio>
#include <sstream>

#include "util/error.h"

namespace atlas::cli {

void ArgParser::Option(std::string name, std::string value_name, std::string help,
                       std::function<bool(std::string_view)> on_value) {
  flags_.push_back({std::move(name), std::move(value_name), std::move(help), std::move(on_value), nullptr});
}

void ArgParser::Switch(std::string name, std::string help, std::function<void()> on_set) {
  flags_.push_back({std::move(name), "", std::move(help), nullptr, std::move(on_set)});
}

void ArgParser::Positionals(std::string name, std::string help, std::vector<std::string>* out, bool required) {
  positional_name_ = std::move(name);
  positional_help_ = std::move(help);
  positionals_ = out;
  positional_required_ = required;
}

const ArgParser::Flag* ArgParser::Find(std::string_view name) const {
  for (const auto& f : flags_)
    if (f.name == name) return &f;
  return nullptr;
}

bool ArgParser::Parse(int argc, char** argv) {
  const std::string subject = command_;  // main adds "caucasus-atlas: " before the message
  bool only_positionals = false;
  for (int i = 0; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (!only_positionals && (arg == "--help" || arg == "-h")) {
      std::fputs(Help().c_str(), stdout);
      return false;
    }
    if (!only_positionals && arg == "--") {
      only_positionals = true;
      continue;
    }
    if (!only_positionals && arg.size() > 1 && arg[0] == '-') {
      std::string_view name = arg;
      std::string_view value;
      bool has_inline_value = false;
      if (auto eq = arg.find('='); eq != std::string_view::npos) {
        name = arg.substr(0, eq);
        value = arg.substr(eq + 1);
        has_inline_value = true;
      }
      const Flag* flag = Find(name);
      if (!flag) throw AtlasError(subject, "unknown option '" + std::string(name) + "' (see --help)");
      if (flag->on_set) {
        if (has_inline_value) throw AtlasError(subject, "option " + flag->name + " takes no value");
        flag->on_set();
        continue;
      }
      if (!has_inline_value) {
        if (i + 1 >= argc) throw AtlasError(subject, "option " + flag->name + " needs a value " + flag->value_name);
        value = argv[++i];
      }
      if (!flag->on_value(value))
        throw AtlasError(subject, "bad value '" + std::string(value) + "' for " + flag->name);
      continue;
    }
    if (!positionals_) throw AtlasError(subject, "unexpected argument '" + std::string(arg) + "' (see --help)");
    positionals_->emplace_back(arg);
  }
  if (positional_required_ && positionals_ && positionals_->empty())
    throw AtlasError(subject, "missing " + positional_name_ + " (see --help)");
  return true;
}

std::string ArgParser::Help() const {
  std::ostringstream out;
  out << "usage: caucasus-atlas " << usage_ << "\n";
  if (!positional_name_.empty()) out << "\n  " << positional_name_ << "\n      " << positional_help_ << "\n";
  if (!flags_.empty()) out << "\noptions:\n";
  for (const auto& f : flags_) {
    std::string head = f.name + (f.value_name.empty() ? "" : " " + f.value_name);
    out << "  " << head << "\n      " << f.help << "\n";
  }
  out << "  --help\n      show this help and exit\n";
  return out.str();
}

int ParseInt(std::string_view option, std::string_view text, int min, int max) {
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size())
    throw AtlasError(std::string(option), "'" + std::string(text) + "' is not a whole number");
  if (value < min || value > max)
    throw AtlasError(std::string(option), std::to_string(value) + " is outside " + std::to_string(min) + ".." +
                                               std::to_string(max));
  return value;
}

double ParseDouble(std::string_view option, std::string_view text) {
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size())
    throw AtlasError(std::string(option), "'" + std::string(text) + "' is not a number");
  return value;
}

}  // namespace atlas::cli
