package dk.kkr.store.read;

/** A municipality with how many items and how many mentions in all name it. */
public record MunicipalitySummary(int code, String name, String region, int items, int mentions) {
}
