// Runs the OWL API's OWL 2 DL profile checker on RDF documents and prints one line per
// violation (nothing when every document is in OWL 2 DL). Launched as a single Java source file
// with the OWL API that HermiT.jar (bundled by owlready2) carries on the class path.
import java.io.File;

import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class ProfileCheck {
    public static void main(String[] args) throws Exception {
        int violations = 0;
        for (String path : args) {
            OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
            OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File(path));
            OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
            for (OWLProfileViolation violation : report.getViolations()) {
                System.out.println(path + ": " + violation.toString().replace('\n', ' '));
                violations++;
            }
        }
        System.exit(violations == 0 ? 0 : 1);
    }
}
