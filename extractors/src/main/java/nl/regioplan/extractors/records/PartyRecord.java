package nl.regioplan.extractors.records;

/**
 * An organisation or public body named in a plan.
 *
 * @param name       as written
 * @param normalised one canonical name per organisation
 * @param type       gemeente, zorgverzekeraar, zorgkantoor, ziekenhuis, ggd, ggz, vvt, gz, huisartsen, welzijn,
 *                   onderwijs, wonen, provincie, rijk, netwerk, overig
 * @param role       opdrachtgever, trekker, betrokken, or null when the plan does not say
 */
public record PartyRecord(String doc, Integer page, String name, String normalised, String type, String role,
                          String text, String region, String section) {
}
