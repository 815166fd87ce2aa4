// Runs a fuzz target without libFuzzer (g++ builds, CI): replays every file of the corpus
// directories given, then a bounded number of inputs made from them by simple byte mutations.
// Takes libFuzzer's option spelling (-runs=N -max_total_time=S -seed=N -max_len=N) so ctest's
// command is the same for both engines. A crash or a failed check aborts, and ctest sees it.

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Input = std::vector<uint8_t>;

// The input being run, written out by the crash handler so a failure can be replayed.
const Input *g_current = nullptr;

void saveCurrent(int signal)
{
    if (g_current) {
        const char path[] = "crash-input";
        const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            const ssize_t written = ::write(fd, g_current->data(), g_current->size());
            (void)written;
            ::close(fd);
            const char note[] = "standalone driver: the failing input is in ./crash-input\n";
            const ssize_t noted = ::write(2, note, sizeof note - 1);
            (void)noted;
        }
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

Input readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Input(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Tokens that matter to the parsers under test; inserting whole ones reaches further than bytes.
const std::vector<std::string> kTokens = {"{",
                                          "}",
                                          "[",
                                          "]",
                                          "\"",
                                          ":",
                                          ",",
                                          "null",
                                          "true",
                                          "false",
                                          "-1",
                                          "0",
                                          "1e308",
                                          "-1e308",
                                          "1e-400",
                                          "9223372036854775808",
                                          "2147483648",
                                          "-0",
                                          "\\u0000",
                                          "\\u202e",
                                          "\\ud800",
                                          "\"\":",
                                          "[I:",
                                          "[F:",
                                          "[D:",
                                          "[DT:",
                                          "True",
                                          "False",
                                          "01/01/0001",
                                          "12/31/9999",
                                          "0001-01-01T00:00:00",
                                          "T23:59:60",
                                          "+14:00",
                                          "Z",
                                          ".9999999",
                                          " and ",
                                          " eq ",
                                          " begins ",
                                          "'",
                                          "''",
                                          "%",
                                          "%00",
                                          "&",
                                          "=",
                                          "?",
                                          "/",
                                          "\n",
                                          "\n--\n",
                                          "FULL",
                                          "Update",
                                          "UIHintMandatory",
                                          "Read, Write",
                                          "SR_AL_",
                                          "LocalizedAddress",
                                          "FieldProperties",
                                          "TableRight",
                                          "Mask",
                                          "ContactId",
                                          "Persons"};

class Mutator
{
public:
    explicit Mutator(uint32_t seed)
        : m_random(seed)
    {}

    Input mutate(const std::vector<Input> &corpus, size_t maxLength)
    {
        Input out = corpus.empty() ? Input() : corpus[below(corpus.size())];
        const size_t steps = 1 + below(4);
        for (size_t i = 0; i < steps; ++i)
            step(out, corpus);
        if (out.size() > maxLength)
            out.resize(maxLength);
        return out;
    }

private:
    size_t below(size_t n) { return n == 0 ? 0 : size_t(m_random() % n); }

    void step(Input &out, const std::vector<Input> &corpus)
    {
        const size_t at = below(out.size() + 1);
        switch (below(8)) {
        case 0: // flip a bit
            if (!out.empty())
                out[below(out.size())] ^= uint8_t(1u << below(8));
            break;
        case 1: // any byte
            if (!out.empty())
                out[below(out.size())] = uint8_t(m_random());
            break;
        case 2: // insert bytes
            out.insert(out.begin() + long(at), 1 + below(4), uint8_t(m_random()));
            break;
        case 3: { // erase a range
            if (out.empty())
                break;
            const size_t from = below(out.size());
            const size_t count = 1 + below(std::min<size_t>(out.size() - from, 64));
            out.erase(out.begin() + long(from), out.begin() + long(from + count));
            break;
        }
        case 4: { // a token
            const std::string &t = kTokens[below(kTokens.size())];
            out.insert(out.begin() + long(at), t.begin(), t.end());
            break;
        }
        case 5: { // repeat a range: deep nesting, long runs
            if (out.empty())
                break;
            const size_t from = below(out.size());
            const size_t count = 1 + below(std::min<size_t>(out.size() - from, 16));
            const Input piece(out.begin() + long(from), out.begin() + long(from + count));
            for (size_t times = 1 + below(32); times > 0; --times)
                out.insert(out.begin() + long(at), piece.begin(), piece.end());
            break;
        }
        case 6: { // splice in part of another input
            if (corpus.empty())
                break;
            const Input &other = corpus[below(corpus.size())];
            if (other.empty())
                break;
            const size_t from = below(other.size());
            const size_t count = 1 + below(std::min<size_t>(other.size() - from, 256));
            out.insert(out.begin() + long(at), other.begin() + long(from),
                       other.begin() + long(from + count));
            break;
        }
        default: // cut short
            out.resize(at);
            break;
        }
    }

    std::mt19937 m_random;
};

bool option(const char *arg, const char *name, long long *value)
{
    const size_t length = std::strlen(name);
    if (std::strncmp(arg, name, length) != 0)
        return false;
    *value = std::atoll(arg + length);
    return true;
}

void run(const Input &input)
{
    g_current = &input;
    // A copy of exactly the input's size, so reading past the end is caught by ASan as with
    // libFuzzer.
    std::unique_ptr<uint8_t[]> copy(new uint8_t[std::max<size_t>(input.size(), 1)]);
    if (!input.empty())
        std::memcpy(copy.get(), input.data(), input.size());
    LLVMFuzzerTestOneInput(copy.get(), input.size());
    g_current = nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    long long runs = 10000;
    long long maxTotalTime = 10;
    long long seed = 1;
    long long maxLength = 64 * 1024;
    std::vector<std::filesystem::path> paths;
    for (int i = 1; i < argc; ++i) {
        long long value = 0;
        if (option(argv[i], "-runs=", &value))
            runs = value;
        else if (option(argv[i], "-max_total_time=", &value))
            maxTotalTime = value;
        else if (option(argv[i], "-seed=", &value))
            seed = value;
        else if (option(argv[i], "-max_len=", &value))
            maxLength = value;
        else if (argv[i][0] == '-')
            std::fprintf(stderr, "standalone driver: ignoring %s\n", argv[i]);
        else
            paths.emplace_back(argv[i]);
    }
    for (int s : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(s, saveCurrent);

    std::vector<Input> corpus;
    for (const auto &path : paths) {
        if (std::filesystem::is_directory(path)) {
            std::vector<std::filesystem::path> files;
            for (const auto &entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end());
            for (const auto &file : files)
                corpus.push_back(readFile(file));
        } else if (std::filesystem::is_regular_file(path)) {
            corpus.push_back(readFile(path));
        } else {
            std::fprintf(stderr, "standalone driver: no such corpus: %s\n", path.c_str());
            return 2;
        }
    }
    if (corpus.empty() && !paths.empty()) {
        std::fprintf(stderr, "standalone driver: the corpus is empty\n");
        return 2;
    }

    const auto start = std::chrono::steady_clock::now();
    for (const Input &input : corpus)
        run(input);
    std::printf("standalone driver: replayed %zu corpus inputs\n", corpus.size());

    Mutator mutator{uint32_t(seed)};
    long long done = 0;
    const auto deadline = start + std::chrono::seconds(maxTotalTime);
    while (done < runs && std::chrono::steady_clock::now() < deadline) {
        run(mutator.mutate(corpus, size_t(maxLength)));
        ++done;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("standalone driver: %lld mutated inputs (seed %lld) in %.1f s, no failure\n", done,
                seed, seconds);
    return 0;
}
