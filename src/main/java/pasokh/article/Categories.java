package pasokh.article;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The category list from index-config/categories.yaml, in the order the site shows it. */
public final class Categories {

    public static final String FILE_NAME = "categories.yaml";

    private final Map<String, Category> byId;

    public Categories(List<Category> categories) {
        Map<String, Category> map = new LinkedHashMap<>();
        for (Category c : categories) {
            if (map.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("category id '" + c.id() + "' is listed twice");
            }
        }
        this.byId = map;
    }

    /** Reads the file; a broken category list stops the program, since every article depends on it. */
    public static Categories load(Path configDir) throws IOException {
        Path file = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": category list not found (is --config pointing at index-config/?)");
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("categories") instanceof List<?> list)) {
            throw new IOException(file + ": expected a top-level 'categories:' list");
        }
        List<Category> categories = new ArrayList<>();
        int index = 0;
        for (Object item : list) {
            index++;
            if (!(item instanceof Map<?, ?> entry)
                    || !(entry.get("id") instanceof String id) || id.isBlank()
                    || !(entry.get("label") instanceof String label) || label.isBlank()) {
                throw new IOException(file + ": category #" + index + " needs an 'id' and a 'label'");
            }
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IOException(file + ": category id '" + id
                        + "' must be lowercase latin letters, digits and '-'");
            }
            String description = entry.get("description") instanceof String d ? d : "";
            categories.add(new Category(id, label, description));
        }
        try {
            return new Categories(categories);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public Optional<Category> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public List<Category> all() {
        return List.copyOf(byId.values());
    }

    public String labelOf(String id) {
        return find(id).map(Category::label).orElse(id);
    }

    public String ids() {
        return String.join(", ", byId.keySet());
    }
}
