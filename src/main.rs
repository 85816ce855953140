//! The `factdiff` binary: parses the command line, runs it, and turns the result into the
//! process exit code (0 clean, 1 findings at or above --fail-on, 2 an error).

mod app;
mod cli;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    std::process::ExitCode::from(app::run(cli.command))
}
