package clxs.zerobus;

import java.util.Hashtable;
import java.util.Optional;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.InitialDirContext;

/**
 * Looks up the CNAME record of a host name. {@link #system()} asks the system's DNS servers
 * through the JDK's own JNDI DNS provider (no extra library); tests pass canned answers.
 */
@FunctionalInterface
public interface DnsResolver {

    /** The canonical name {@code host} is an alias of, without the trailing dot; empty when it has no CNAME. */
    Optional<String> cname(String host) throws NamingException;

    /** The JDK's DNS provider ({@code dns:} JNDI URLs) with the system's resolvers, 3 s per query, 2 tries. */
    static DnsResolver system() {
        return host -> {
            Hashtable<String, String> env = new Hashtable<>();
            env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
            env.put("java.naming.provider.url", "dns:");
            env.put("com.sun.jndi.dns.timeout.initial", "3000");
            env.put("com.sun.jndi.dns.timeout.retries", "2");
            InitialDirContext ctx = new InitialDirContext(env);
            try {
                Attributes attrs = ctx.getAttributes(host, new String[] {"CNAME"});
                Attribute cname = attrs.get("CNAME");
                if (cname == null || cname.size() == 0) return Optional.empty();
                String name = cname.get(0).toString();
                return Optional.of(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
            } catch (NameNotFoundException e) {
                return Optional.empty();
            } finally {
                ctx.close();
            }
        };
    }
}
