package com.attentionlab.challenge;

import com.attentionlab.lesson.Step;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in challenges: every file named in {@code classpath:challenges/index.txt} (one file name a line, in the
 * order they are offered; blank lines and lines starting with # are skipped). An index rather than a classpath scan,
 * because listing a folder inside a jar is not portable; a test checks that every file in the folder is listed.
 *
 * <p>Each file is read and validated by {@link ChallengeJson} (the start must not pass, the solution must). A broken
 * file is left out and its problems kept in {@link #problems()}, in plain words naming the file, so that the app can
 * log them at start-up; the others still load. Immutable.
 */
public final class ChallengeCatalog {

    /** Where the built-in challenges are, on the classpath. */
    public static final String DIRECTORY = "challenges";
    /** The index file in that folder. */
    public static final String INDEX = "index.txt";

    private final List<Challenge> challenges;
    private final List<String> problems;

    private ChallengeCatalog(List<Challenge> challenges, List<String> problems) {
        this.challenges = List.copyOf(challenges);
        this.problems = List.copyOf(problems);
    }

    /** The built-in challenges. */
    public static ChallengeCatalog load() {
        return load(DIRECTORY, ChallengeCatalog.class.getClassLoader());
    }

    /** The challenges listed in {@code directory/index.txt} on the class loader's classpath. */
    public static ChallengeCatalog load(String directory, ClassLoader loader) {
        List<Challenge> good = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String index = read(loader, directory + "/" + INDEX);
        if (index == null) {
            problems.add(directory + "/" + INDEX + ": not found on the classpath, so no challenge was loaded");
            return new ChallengeCatalog(good, problems);
        }
        Set<String> ids = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (String line : index.split("\\R")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            if (!files.add(file)) {
                problems.add(directory + "/" + INDEX + ": " + file + " is listed twice");
                continue;
            }
            String text = read(loader, directory + "/" + file);
            if (text == null) {
                problems.add(file + ": listed in " + INDEX + " but not found in " + directory + "/");
                continue;
            }
            ChallengeJson.Outcome o = ChallengeJson.read(file, text);
            if (!o.ok()) {
                problems.addAll(o.problems());
                continue;
            }
            Challenge c = o.challenge().orElseThrow();
            String expected = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            if (!c.id().equals(expected)) {
                problems.add(file + ": id: \"" + c.id() + "\" must be the file's name without .json (\"" + expected
                        + "\")");
            } else if (!ids.add(c.id())) {
                problems.add(file + ": id: \"" + c.id() + "\" is used by another challenge");
            } else {
                good.add(c);
            }
        }
        return new ChallengeCatalog(good, problems);
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The challenges that loaded, in the index's order. */
    public List<Challenge> challenges() {
        return challenges;
    }

    /** The problems of the files that did not load, one line each, naming the file and the field; empty if none. */
    public List<String> problems() {
        return problems;
    }

    public Optional<Challenge> byId(String id) {
        return challenges.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The challenges played on a step, in order. */
    public List<Challenge> forStep(Step step) {
        return challenges.stream().filter(c -> c.step() == step).toList();
    }
}
