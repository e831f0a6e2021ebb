package nl.regioplan.pipeline.cli;

public class RegioplanCommand {
    public static void main(String[] args) {
        System.out.println("regioplan 0.1.0");
    }
}
