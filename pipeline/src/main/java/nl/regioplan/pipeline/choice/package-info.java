/** Reading the choices a person types (formats, measures) into the enums that name them. Imports nothing of ours. */
package nl.regioplan.pipeline.choice;
