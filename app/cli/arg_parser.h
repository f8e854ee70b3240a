// A small, strict command-line parser shared by every subcommand: flags with values,
// switches, positionals, --help, and one-line errors for anything unknown or malformed.
// Parses argv into values only; the commands' work lives in the modules.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::cli {

class ArgParser {
 public:
  ArgParser(std::string command, std::string usage) : command_(std::move(command)), usage_(std::move(usage)) {}

  // "--name VALUE" or "--name=VALUE". `on_value` throws AtlasError (or returns false) on a bad value.
  void Option(std::string name, std::string value_name, std::string help,
              std::function<bool(std::string_view)> on_value);
  void Switch(std::string name, std::string help, std::function<void()> on_set);
  void Positionals(std::string name, std::string help, std::vector<std::string>* out, bool required);

  // Returns false when --help was asked (help already printed to stdout).
  // Throws AtlasError("CMD", problem) on unknown options or missing values; main prefixes the program.
  bool Parse(int argc, char** argv);
  std::string Help() const;

 private:
  struct Flag {
    std::string name, value_name, help;
    std::function<bool(std::string_view)> on_value;
    std::function<void()> on_set;
  };
  const Flag* Find(std::string_view name) const;
  std::string command_, usage_;
  std::vector<Flag> flags_;
  std::string positional_name_, positional_help_;
  std::vector<std::string>* positionals_ = nullptr;
  bool positional_required_ = false;
};

// Value parsers for Option(): they throw AtlasError naming the option on bad input.
int ParseInt(std::string_view option, std::string_view text, int min, int max);
double ParseDouble(std::string_view option, std::string_view text);

}  // namespace atlas::cli
