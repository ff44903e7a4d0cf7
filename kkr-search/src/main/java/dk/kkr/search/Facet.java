package dk.kkr.search;

/** The facets a search counts and filters by; {@code dimension} names the facet in the index. */
public enum Facet {
    BODY("body"), YEAR("year"), KIND("kind"), MUNICIPALITY("municipality"), CASE("case");

    private final String dimension;

    Facet(String dimension) {
        this.dimension = dimension;
    }

    public String dimension() {
        return dimension;
    }
}
