// Running the real executable from a benchmark: a shell command with its output captured and
// its wall time, the "key value" figures the GUI prints, and medians. For benchmarks only.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace atlas::bench {

struct CommandRun {
  int status = -1;       // as from pclose: 0 is success
  std::string out;       // standard output (redirect 2>&1 in the command for both)
  double seconds = 0;    // wall time
};

CommandRun RunCommand(const std::string& shell_command);

struct ProgramRun {
  int exit_code = -1;   // -1: killed by a signal or not started
  double seconds = 0;   // wall time
  double peak_mb = 0;   // the program's peak resident memory
};

// Runs argv[0] (searched in PATH) with its standard output discarded.
ProgramRun RunProgram(const std::vector<std::string>& argv);

// "key value" pairs, one per line (lines that are not such pairs are skipped).
std::map<std::string, double> ParseFigures(const std::string& text);

double Median(std::vector<double> values);

}  // namespace atlas::bench
